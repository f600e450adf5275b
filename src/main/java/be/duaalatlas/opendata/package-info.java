/**
 * The open-data export: the public catalogue per kind as streamed NDJSON and CSV, and its
 * DCAT-AP description ({@code /open-data/}).
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "search" })
package be.duaalatlas.opendata;

import org.springframework.modulith.ApplicationModule;
