/**
 * Starting, watching and stopping the embedded Elasticsearch; its connection details.
 * Depends on nothing of the service.
 */
@ApplicationModule(allowedDependencies = {})
package be.duaalatlas.engine;

import org.springframework.modulith.ApplicationModule;
