/**
 * The catalogue's closed sets, each one enum from the schema through the Java code to the
 * index: kinds, sectors, regions, languages, audiences, process steps, study domains,
 * grades, finalities, recognition statuses. Depends on nothing; every other package may
 * use it.
 */
@ApplicationModule(allowedDependencies = {})
package be.duaalatlas.vocabulary;

import org.springframework.modulith.ApplicationModule;
