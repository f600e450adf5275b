/**
 * Stakeholders and the role map.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "search", "vocabulary" })
package be.duaalatlas.stakeholder;

import org.springframework.modulith.ApplicationModule;
