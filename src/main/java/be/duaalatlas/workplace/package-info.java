/**
 * Recognised workplaces: documents, GraphQL types and controllers, their writes.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "place", "portal :: writes", "programme", "search",
		"security", "stakeholder", "validation", "vocabulary" })
package be.duaalatlas.workplace;

import org.springframework.modulith.ApplicationModule;
