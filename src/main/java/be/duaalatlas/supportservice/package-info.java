/**
 * Support services ("who helps me") and their links to stakeholders; their input, rule
 * and writes.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "portal :: writes", "search", "security", "stakeholder",
		"validation", "vocabulary" })
package be.duaalatlas.supportservice;

import org.springframework.modulith.ApplicationModule;
