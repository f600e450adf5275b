/**
 * Key messages, good practices and Brussels equivalences: documents, GraphQL types and
 * controllers, their inputs, rules and writes.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "portal :: writes", "programme", "search", "security",
		"stakeholder", "validation", "vocabulary" })
package be.duaalatlas.content;

import org.springframework.modulith.ApplicationModule;
