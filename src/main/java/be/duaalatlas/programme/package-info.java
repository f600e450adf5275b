/**
 * Programmes, qualifications and offerings: documents, GraphQL types and controllers,
 * their writes.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "place", "portal :: writes", "search", "security",
		"validation", "vocabulary" })
package be.duaalatlas.programme;

import org.springframework.modulith.ApplicationModule;
