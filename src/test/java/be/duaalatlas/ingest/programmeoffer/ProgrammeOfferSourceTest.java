package be.duaalatlas.ingest.programmeoffer;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.programme.ProgrammeDocument.Qualification;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The programme offer adapter on a fixture in the department's CSV layout. */
class ProgrammeOfferSourceTest {

	private static final String FILE = "fixtures/programme-offer/programmes.csv";

	private final ProgrammeOfferSource source = new ProgrammeOfferSource(
			Validation.buildDefaultValidatorFactory().getValidator());

	private final ImportContext context = AdapterTesting.context(Map.of());

	private final RecordingSink sink = new RecordingSink();

	@Test
	void readsAProgrammeWithItsTranslationsAliasesQualificationsAndProvenance() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("kapper-duaal", "ruwbouw-duaal", "schilder-duaal");
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("programmes", i.document()));

		ProgrammeDocument kapper = sink.document("kapper-duaal");
		assertThat(kapper.kind()).isEqualTo("programmes");
		assertThat(kapper.code()).isEqualTo("kapper-duaal");
		assertThat(kapper.name())
			.isEqualTo(new Localized("Kapper duaal", "Coiffeur (en alternance)", "Hairdresser (dual)"));
		assertThat(kapper.aliases()).isEqualTo(
				new LocalizedList(List.of("kapsalon", "haar knippen"), List.of("coiffure"), List.of("hairdresser")));
		// a quoted field keeps the separator inside it
		assertThat(kapper.description())
			.isEqualTo(new Localized("Je leert knippen; kleuren en stylen in een echt salon.",
					"Tu apprends à couper les cheveux.", "You learn to cut hair."));
		assertThat(kapper.studyDomain()).isEqualTo("KUNST_CREATIE");
		assertThat(kapper.grade()).isEqualTo("2");
		assertThat(kapper.finality()).isEqualTo("ARBEIDSMARKT");
		assertThat(kapper.qualifications()).containsExactly(new Qualification("kapper", "Kapper"),
				new Qualification("barbier", "Barbier"));
		assertThat(kapper.sectors()).containsExactly("haarzorg-schoonheid");
		assertThat(kapper.workplaceShare()).isEqualTo(60);
		assertThat(kapper.suggest().input()).containsExactly("Kapper duaal", "kapsalon", "haar knippen",
				"Coiffeur (en alternance)", "coiffure", "Hairdresser (dual)", "hairdresser");
		assertThat(kapper.sample()).isFalse();
		assertThat(kapper.updatedAt()).isEqualTo("2025-09-01");
		assertThat(kapper.provenance().source()).isEqualTo("programme-offer");
		assertThat(kapper.provenance().recordId()).isEqualTo("kapper-duaal");
		assertThat(kapper.provenance().file()).isEqualTo(FILE);
		assertThat(kapper.provenance().line()).isEqualTo(2);
		assertThat(kapper.provenance().changedAt()).isEqualTo("2025-09-01");
		assertThat(kapper.provenance().ingestedAt()).isEqualTo(context.startedAt().toString());
	}

	@Test
	void optionalColumnsMayBeBlank() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		ProgrammeDocument ruwbouw = sink.document("ruwbouw-duaal");
		assertThat(ruwbouw.name()).isEqualTo(new Localized("Ruwbouw duaal", null, null));
		assertThat(ruwbouw.aliases()).isEqualTo(new LocalizedList(List.of(), List.of(), List.of()));
		assertThat(ruwbouw.description()).isEqualTo(new Localized(null, null, null));
		assertThat(ruwbouw.finality()).isEqualTo("DUBBEL");
		assertThat(ruwbouw.qualifications()).isEmpty();
		assertThat(ruwbouw.workplaceShare()).isNull();
		assertThat(ruwbouw.updatedAt()).isNull();
		assertThat(ruwbouw.suggest().input()).containsExactly("Ruwbouw duaal");
		assertThat(sink.indexed.get("ruwbouw-duaal").line()).isEqualTo(3);
	}

	@Test
	void aQuotedValueOverTwoLinesIsOneRowNumberedByItsFirstLine() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		ProgrammeDocument schilder = sink.document("schilder-duaal");
		assertThat(schilder.description().nl()).isEqualTo("Je schildert\nbinnen en buiten.");
		assertThat(schilder.provenance().line()).isEqualTo(12);
		// and the line after it still has its own number
		assertThat(sink.rejection(14).reason()).isEqualTo("missing value for name_nl, study_domain, grade, finality");
	}

	@Test
	void rejectsEachBadRowWithItsLineAndReasonAndImportsTheRest() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line)
			.containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 14L);
		assertThat(sink.rejection(4).reason()).isEqualTo("missing value for name_nl");
		assertThat(sink.rejection(5).reason()).isEqualTo("study_domain 'MUZIEK' is not one of ECONOMIE_ORGANISATIE, "
				+ "KUNST_CREATIE, LAND_TUINBOUW, MAATSCHAPPIJ_WELZIJN, SPORT, STEM, TAAL_CULTUUR, VOEDING_HORECA");
		assertThat(sink.rejection(6).reason()).isEqualTo("workplace_share 'veel' is not a whole number");
		assertThat(sink.rejection(7).reason()).isEqualTo("workplace_share 120 is not between 0 and 100");
		assertThat(sink.rejection(8).reason()).isEqualTo("changed '2025-02-30' is not a date (expected YYYY-MM-DD)");
		assertThat(sink.rejection(9).reason())
			.isEqualTo("code 'Kapper_Duaal' must be lower case letters, digits and hyphens");
		assertThat(sink.rejection(10).reason())
			.isEqualTo("malformed line: expected 17 fields separated by ';', found 12");
		assertThat(sink.indexed).hasSize(3);
	}

	@Test
	void aFileWithoutAColumnOfTheLayoutFailsAsAWhole() {
		var input = AdapterTesting.text("programmes-old.csv", """
				code;name_nl;study_domain;grade;finality
				kapper-duaal;Kapper duaal;KUNST_CREATIE;2;ARBEIDSMARKT
				""");
		assertThatThrownBy(() -> source.read(input, context, sink)).isInstanceOf(IOException.class)
			.hasMessageStartingWith("programmes-old.csv lacks the column(s) [name_fr, name_en, aliases_nl,");
		assertThat(sink.indexed).isEmpty();
	}

	@Test
	void anEmptyFileFailsAsAWhole() {
		assertThatThrownBy(() -> source.read(AdapterTesting.text("empty.csv", ""), context, sink))
			.isInstanceOf(IOException.class)
			.hasMessageStartingWith("empty.csv is empty: expected a header line");
	}

	@Test
	void theShippedProgrammeOfferImportsWhole() throws IOException {
		source.read(AdapterTesting.sample("programmes/programmes.csv"), context, sink);

		assertThat(sink.rejected).isEmpty();
		assertThat(sink.indexed).hasSizeGreaterThan(20);
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("programmes", i.document()));
	}

}
