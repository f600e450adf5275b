/**
 * Shared GraphQL machinery: scalars, typed errors, paging and cursors, languages, cost
 * and limits, the answer cache.
 */
@ApplicationModule(allowedDependencies = { "index", "vocabulary" })
package be.duaalatlas.graphql;

import org.springframework.modulith.ApplicationModule;
