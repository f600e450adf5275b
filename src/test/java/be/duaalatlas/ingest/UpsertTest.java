package be.duaalatlas.ingest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.security.Right;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ByteArrayResource;

import static be.duaalatlas.security.TestTokens.token;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Single records go into the live catalogue through the same adapter and validation, and
 * show at once.
 */
class UpsertTest extends AtlasIntegrationTest {

	@Autowired
	CatalogueImporter importer;

	@Autowired
	List<CatalogueSource> sources;

	@Test
	void anUpsertedOfferingIsSearchableAtOnceAndABadRowIsRejectedWithItsLine() {
		String csv = String.join("\n",
				"id;programme_code;provider_id;provider_name;provider_kind;street;postcode;municipality;language;start;changed;sample;website",
				"upsert-test--kapper-stylist-duaal;kapper-stylist-duaal;upsert-test;Campus Upsert (voorbeeld);CDO;"
						+ "Teststraat 1;3500;Hasselt;nl;2026-09-01;2026-11-01;true;https://www.upsert.example",
				"upsert-test--nothing;no-such-programme;upsert-test;Campus Upsert (voorbeeld);CDO;Teststraat 1;3500;"
						+ "Hasselt;nl;2026-09-01;2026-11-01;true;https://www.upsert.example");
		CatalogueSource offerings = sources.stream()
			.filter(s -> s.name().equals("offerings"))
			.findFirst()
			.orElseThrow();
		SourceInput input = new SourceInput("partner-write.csv",
				new ByteArrayResource(csv.getBytes(StandardCharsets.UTF_8)));

		ImportReport report = importer.upsert("offerings", List.of(SourceBatch.of(offerings, input)),
				importer.newContext());

		assertThat(report.status()).isEqualTo("UPSERTED");
		assertThat(report.imported()).isEqualTo(1);
		assertThat(report.rejections()).singleElement().satisfies(rejection -> {
			assertThat(rejection.line()).isEqualTo(3);
			assertThat(rejection.reason()).contains("unknown programme code 'no-such-programme'");
		});
		graphQl.documentName("ingest/upsertedOffering")
			.execute()
			.path("node.provider.name")
			.entity(String.class)
			.isEqualTo("Campus Upsert (voorbeeld)")
			.path("node.programme.code")
			.entity(String.class)
			.isEqualTo("kapper-stylist-duaal");

		// the catalogue as this test found it, for the tests after it (a pupil's kapper
		// search in Hasselt): the provider removes its offering through the portal
		int version = graphQl.documentName("ingest/upsertedOfferingVersion")
			.execute()
			.path("node.version")
			.entity(Integer.class)
			.get();
		graphQl.mutate()
			.header("Authorization", "Bearer " + token("upsert-test", Right.OFFERINGS))
			.build()
			.document("mutation($key: ID!, $version: Int!) { removeOffering(key: $key, version: $version) { id } }")
			.variable("key", "upsert-test--kapper-stylist-duaal")
			.variable("version", version)
			.execute()
			.path("removeOffering.id")
			.entity(String.class)
			.isEqualTo("Offering:upsert-test--kapper-stylist-duaal");
		Awaitility.await("the removed offering gone from search")
			.atMost(Duration.ofSeconds(30))
			.until(() -> graphQl.documentName("ingest/searchOfferingsByNear")
				.execute()
				.path("search.edges[*].node.id")
				.entityList(String.class)
				.get()
				.stream()
				.noneMatch("Offering:upsert-test--kapper-stylist-duaal"::equals));
	}

}
