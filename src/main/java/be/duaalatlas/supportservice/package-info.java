/**
 * Support services ("who helps me") and their links to stakeholders.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "search", "stakeholder", "vocabulary" })
package be.duaalatlas.supportservice;

import org.springframework.modulith.ApplicationModule;
