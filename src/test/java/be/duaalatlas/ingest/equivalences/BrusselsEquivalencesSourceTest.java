package be.duaalatlas.ingest.equivalences;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import be.duaalatlas.content.EquivalenceDocument;
import be.duaalatlas.content.EquivalenceDocument.FrenchSide;
import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class BrusselsEquivalencesSourceTest {

	private final BrusselsEquivalencesSource source = new BrusselsEquivalencesSource(
			Validation.buildDefaultValidatorFactory().getValidator());

	private final RecordingSink sink = new RecordingSink();

	@Test
	void linksAProgrammeToItsFrenchSideCounterpart() throws IOException {
		ObjectNode kapper = AdapterTesting.named("Haarverzorging duaal", "Coiffure (en alternance)",
				"Hairdressing (dual)");
		kapper.putArray("sectors").add("haarzorg-schoonheid");
		ObjectNode actor = AdapterTesting.named("Actor", null, null);
		ImportContext context = AdapterTesting.context(Map.of("programmes", Map.of("haarverzorging-duaal", kapper),
				"stakeholders", Map.of("syntra-brussel", actor, "vdab-brussel", actor, "sfpme-efp", actor)));
		source.read(AdapterTesting.fixture("fixtures/brussels-equivalences/equivalences.yaml"), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("eq-kapper-efp");
		EquivalenceDocument eq = sink.document("eq-kapper-efp");
		assertThat(eq.kind()).isEqualTo("equivalences");
		AdapterTesting.assertFitsMapping("equivalences", eq);
		assertThat(eq.programme()).isEqualTo("haarverzorging-duaal");
		assertThat(eq.programmeName())
			.isEqualTo(new Localized("Haarverzorging duaal", "Coiffure (en alternance)", "Hairdressing (dual)"));
		assertThat(eq.frenchSide()).isEqualTo(new FrenchSide("Coiffeur / Coiffeuse (apprentissage)", "EFP",
				"certificat d'apprentissage (formation PME)"));
		assertThat(eq.flemishActors()).containsExactly("syntra-brussel", "vdab-brussel");
		assertThat(eq.frenchActors()).containsExactly("sfpme-efp");
		assertThat(eq.name()).isEqualTo(new Localized("Haarverzorging duaal ↔ Coiffeur / Coiffeuse (apprentissage)",
				"Coiffeur / Coiffeuse (apprentissage) ↔ Coiffure (en alternance)",
				"Hairdressing (dual) ↔ Coiffeur / Coiffeuse (apprentissage)"));
		assertThat(eq.description())
			.isEqualTo(new Localized("Beide leiden op tot kapper.", "Les deux forment au métier de coiffeur.", null));
		assertThat(eq.regions()).containsExactly("BRUSSELS");
		assertThat(eq.sectors()).containsExactly("haarzorg-schoonheid");
		assertThat(eq.languages()).containsExactly("nl", "fr");
		assertThat(eq.updatedAt()).isEqualTo("2025-09-01");
		assertThat(eq.provenance().source()).isEqualTo("brussels-equivalences");
		assertThat(eq.provenance().line()).isEqualTo(2);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line).containsExactly(14L, 21L, 28L);
		assertThat(sink.rejection(14).reason()).isEqualTo("unknown programme 'astronaut-duaal'");
		assertThat(sink.rejection(21).reason()).isEqualTo(String.join("; ",
				"frenchSide.system 'IFAPME' is not one of CEFA, EFP", "unknown stakeholder(s) 'ghost' in flemishActors",
				"unknown stakeholder(s) 'phantom' in frenchActors"));
		assertThat(sink.rejection(28).reason())
			.isEqualTo("frenchSide is missing; flemishActors must hold at least one value; note is missing");
	}

	@Test
	void theSampleEquivalencesImportWhole() throws IOException {
		assumeThat(AdapterTesting.sampleExists("stakeholders/stakeholders.yaml")).as("sample role map written")
			.isTrue();
		ImportContext context = AdapterTesting.context(Map.of("programmes", AdapterTesting.samplePrograms(),
				"stakeholders", AdapterTesting.sampleStakeholders()));
		source.read(AdapterTesting.sample("brussels/equivalences.yaml"), context, sink);

		assertThat(sink.rejected).isEmpty();
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("equivalences", i.document()));
		assertThat(sink.indexed).hasSizeGreaterThanOrEqualTo(10);
		List<EquivalenceDocument> links = sink.indexed.values()
			.stream()
			.map(i -> (EquivalenceDocument) i.document())
			.toList();
		assertThat(links).extracting(l -> l.frenchSide().system()).contains("CEFA", "EFP");
		assertThat(links).allSatisfy(l -> assertThat(l.sectors()).isNotEmpty());
	}

}
