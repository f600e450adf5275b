/**
 * Key messages, good practices and Brussels equivalences: documents, GraphQL types and
 * controllers.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "programme", "search", "stakeholder", "vocabulary" })
package be.duaalatlas.content;

import org.springframework.modulith.ApplicationModule;
