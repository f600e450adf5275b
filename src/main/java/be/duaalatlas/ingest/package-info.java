/**
 * The import pipeline, its reports and the import command; one sub-package per source
 * format, internal to this module. Reads files into the features' documents and checks
 * them by the features' rules.
 */
@ApplicationModule(allowedDependencies = { "content", "index", "place", "programme", "security", "stakeholder",
		"supportservice", "validation", "vocabulary", "workplace" })
package be.duaalatlas.ingest;

import org.springframework.modulith.ApplicationModule;
