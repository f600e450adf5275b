/**
 * Stakeholders and the role map; their inputs, rules and writes.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "portal :: writes", "search", "security", "validation",
		"vocabulary" })
package be.duaalatlas.stakeholder;

import org.springframework.modulith.ApplicationModule;
