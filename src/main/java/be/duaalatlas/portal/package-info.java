/**
 * The write pipeline every feature uses: rights and ownership, versions and conditional
 * writes, the write journal, the audit trail, {@code changes}.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "search", "security", "validation", "vocabulary" })
package be.duaalatlas.portal;

import org.springframework.modulith.ApplicationModule;
