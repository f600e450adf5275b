/**
 * Serves the reference website and the explorer built from {@code frontend-contract/}.
 */
@ApplicationModule(allowedDependencies = {})
package be.duaalatlas.website;

import org.springframework.modulith.ApplicationModule;
