package be.duaalatlas.devidentity;

import java.time.Duration;
import java.util.List;

/**
 * A machine-to-machine client of the local identity provider: a partner app acting for
 * one organisation with the rights of its role (client credentials grant).
 *
 * @param clientId what {@code curl -u CLIENT:SECRET} names
 * @param secret its secret (dev only: the sample clients' are in docs/portal.md)
 * @param organisation the {@code org} claim of its tokens
 * @param rights the {@code rights} claim of its tokens (names of {@code security.Right})
 * @param tokenLifetime how long its access tokens are valid
 * @param subject the {@code sub} claim of its tokens (who the audit trail says wrote);
 * {@code null}: the client id, as for any client credentials token
 */
public record DevClient(String clientId, String secret, String organisation, List<String> rights,
		Duration tokenLifetime, String subject) {

	/** An hour, as many identity providers issue access tokens. */
	static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

	/** The sample's organisations, one per role (docs/portal.md). */
	static final List<DevClient> SAMPLE = List.of(sample("company-0400003254", "0400.003.254", "WORKPLACES"),
			sample("provider-campus-scheldezicht", "campus-scheldezicht", "OFFERINGS"),
			sample("partnership-sp-bouw", "sp-bouw", "RECOGNITIONS", "STAKEHOLDER"),
			sample("stakeholder-cevora", "cevora", "STAKEHOLDER"),
			sample("editor-dep-onderwijs", "dep-onderwijs", "CONTENT"),
			sample("admin-dep-onderwijs", "dep-onderwijs", "AUDIT"),
			sample("management-operations", "operations", "MANAGEMENT"));

	private static DevClient sample(String clientId, String organisation, String... rights) {
		return new DevClient(clientId, "secret", organisation, List.of(rights), DEFAULT_LIFETIME, null);
	}

}
