/**
 * The gazetteer: postcodes and municipalities to coordinates, postcode areas, distances.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "vocabulary" })
package be.duaalatlas.place;

import org.springframework.modulith.ApplicationModule;
