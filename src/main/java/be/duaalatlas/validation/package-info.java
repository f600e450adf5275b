/**
 * Typed inputs' shared validation: the constraints the features' input records carry
 * (closed sets, dates, official numbers, contact routes) and {@link ValidationProblems},
 * which turns Bean Validation's violations into the one problem an import names by
 * {@code file:line} and a mutation by {@code input.…}. Depends on the vocabulary and the
 * index's slug rule only, so that both the features and {@code ingest} use it.
 */
@ApplicationModule(allowedDependencies = { "index", "vocabulary" })
package be.duaalatlas.validation;

import org.springframework.modulith.ApplicationModule;
