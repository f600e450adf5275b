/**
 * Signed webhooks for partner apps: subscriptions to the journal of accepted writes, the
 * dispatcher that follows the journal and POSTs each matching change, signed, with its
 * delivery log; the rule of which addresses a webhook may reach.
 */
@ApplicationModule(allowedDependencies = { "graphql", "index", "portal :: feed", "portal :: writes", "search",
		"security", "validation", "vocabulary" })
package be.duaalatlas.webhook;

import org.springframework.modulith.ApplicationModule;
