/**
 * Tokens, callers and their rights, rate limits, the identity provider's calls.
 */
@ApplicationModule(allowedDependencies = { "graphql" })
package be.duaalatlas.security;

import org.springframework.modulith.ApplicationModule;
