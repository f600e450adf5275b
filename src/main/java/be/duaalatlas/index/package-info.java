/**
 * Index definitions from {@code search-mappings/}, versioned indices behind aliases,
 * convergence, snapshots, the one translation of the engine client's errors.
 */
@ApplicationModule(allowedDependencies = { "vocabulary" })
package be.duaalatlas.index;

import org.springframework.modulith.ApplicationModule;
