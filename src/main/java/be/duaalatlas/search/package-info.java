/**
 * The shared read machinery: the cross-kind search, filters, facets, cursors, highlights,
 * documents by id.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "place", "vocabulary" })
package be.duaalatlas.search;

import org.springframework.modulith.ApplicationModule;
