package be.duaalatlas.ingest.offerings;

import java.io.IOException;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.IngestFixtures;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.programme.OfferingDocument;
import be.duaalatlas.programme.OfferingDocument.Provider;
import be.duaalatlas.programme.ProviderKind;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offerings adapter on a fixture in the providers' CSV layout, against live
 * programmes and places.
 */
class OfferingsSourceTest {

	private static final String FILE = "fixtures/offerings/offerings.csv";

	private final OfferingsSource source = new OfferingsSource(
			Validation.buildDefaultValidatorFactory().getValidator());

	private final ImportContext context = AdapterTesting
		.context(Map.of("programmes", IngestFixtures.fixtureProgrammes(), "places", IngestFixtures.fixturePlaces()));

	private final RecordingSink sink = new RecordingSink();

	@Test
	void anOfferingCarriesItsProgrammesClassificationAndItsPostcodeAreasPlace() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("campus-zuid--elektrische-installaties-duaal",
				"syntra-brussel--kapper-duaal");
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("offerings", i.document()));

		OfferingDocument gent = sink.document("campus-zuid--elektrische-installaties-duaal");
		assertThat(gent.kind()).isEqualTo("offerings");
		assertThat(gent.id()).isEqualTo("campus-zuid--elektrische-installaties-duaal");
		assertThat(gent.programmeCode()).isEqualTo("elektrische-installaties-duaal");
		assertThat(gent.name()).isEqualTo(
				new Localized("Elektrische installaties duaal", "Installations électriques (en alternance)", null));
		assertThat(gent.provider()).isEqualTo(new Provider("campus-zuid", "Campus Zuid (voorbeeld)",
				ProviderKind.SECONDARY_SCHOOL, new OfferingDocument.Contact("https://www.campus-zuid.example", null,
						null, "https://www.campus-zuid.example/inschrijven"),
				null));
		assertThat(gent.street()).isEqualTo("Voskenslaan 1");
		assertThat(gent.postcode()).isEqualTo("9000");
		// no municipality in the row: the postcode area's first place (by gazetteer line)
		// names it
		assertThat(gent.municipality()).isEqualTo(new Localized("Gent", null, null));
		assertThat(gent.province()).isEqualTo("OOST_VLAANDEREN");
		assertThat(gent.region()).isEqualTo("FLANDERS");
		assertThat(gent.regions()).containsExactly("FLANDERS", "OOST_VLAANDEREN");
		assertThat(gent.rtcArea()).isEqualTo("rtc-oost-vlaanderen");
		// the centre of the two places of 9000
		assertThat(gent.location()).isEqualTo(new GeoPoint(51.04, 3.7));
		assertThat(gent.language()).isEqualTo("nl");
		assertThat(gent.languages()).containsExactly("nl");
		assertThat(gent.start()).isEqualTo("2026-09-01");
		assertThat(gent.studyDomain()).isEqualTo("STEM");
		assertThat(gent.grade()).isEqualTo("3");
		assertThat(gent.finality()).isEqualTo("ARBEIDSMARKT");
		assertThat(gent.qualifications()).containsExactly("residentieel-elektrotechnisch-installateur",
				"elektrotechnisch-monteur");
		assertThat(gent.sectors()).containsExactly("elektrotechniek", "bouw");
		assertThat(gent.sample()).isTrue();
		assertThat(gent.updatedAt()).isEqualTo("2025-09-15");
		assertThat(gent.provenance().source()).isEqualTo("offerings");
		assertThat(gent.provenance().recordId()).isEqualTo(gent.id());
		assertThat(gent.provenance().file()).isEqualTo(FILE);
		assertThat(gent.provenance().line()).isEqualTo(2);
		assertThat(gent.provenance().changedAt()).isEqualTo("2025-09-15");
	}

	@Test
	void aBrusselsOfferingIsInItsPostcodesMunicipalityInDutchAndFrenchWhateverTheRowCallsIt() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		// the row says "Brussel-Centrum"; the municipality of 1000 is Brussel / Bruxelles
		OfferingDocument brussel = sink.document("syntra-brussel--kapper-duaal");
		assertThat(brussel.municipality()).isEqualTo(new Localized("Brussel", "Bruxelles", null));
		assertThat(brussel.name()).isEqualTo(new Localized("Kapper duaal", null, "Hairdresser (dual)"));
		assertThat(brussel.provider().kind()).isEqualTo(ProviderKind.SYNTRA);
		assertThat(brussel.province()).isEqualTo("BRUSSELS");
		assertThat(brussel.region()).isEqualTo("BRUSSELS");
		assertThat(brussel.regions()).containsExactly("BRUSSELS");
		assertThat(brussel.rtcArea()).isNull();
		assertThat(brussel.location()).isEqualTo(new GeoPoint(50.8504, 4.3488));
		assertThat(brussel.language()).isEqualTo("fr");
		assertThat(brussel.start()).isNull();
		assertThat(brussel.updatedAt()).isNull();
		assertThat(brussel.sample()).isFalse();
		assertThat(brussel.provenance().line()).isEqualTo(3);
	}

	@Test
	void rejectsEachBadRowWithItsLineAndReason() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line)
			.containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
		assertThat(sink.rejection(4).reason()).isEqualTo("unknown programme code 'bakker-duaal'");
		assertThat(sink.rejection(5).reason())
			.isEqualTo("unknown postcode '8400' (not in the Flemish or Brussels gazetteer)");
		assertThat(sink.rejection(6).reason())
			.isEqualTo("provider_kind 'UNIVERSITY' is not one of BUSO, CDO, CVO, SECONDARY_SCHOOL, SYNTRA");
		assertThat(sink.rejection(7).reason()).isEqualTo("start '01/09/2026' is not a date (expected YYYY-MM-DD)");
		assertThat(sink.rejection(8).reason()).isEqualTo("language 'de' is not one of en, fr, nl");
		assertThat(sink.rejection(9).reason()).isEqualTo("sample 'yes' is not true or false");
		assertThat(sink.rejection(10).reason()).isEqualTo("missing value for id");
		assertThat(sink.rejection(11).reason()).isEqualTo("no contact route: give the school's website, email, phone "
				+ "or enrolment_url, so that a pupil who finds the offering can enrol");
		assertThat(sink.rejection(12).reason()).isEqualTo("website 'www.buso' is not a web address (https://…)");
	}

	@Test
	void everyOfferingCarriesItsSchoolsContactRoute() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.indexed.values()).isNotEmpty().allSatisfy(i -> {
			OfferingDocument offering = (OfferingDocument) i.document();
			assertThat(offering.provider().contact().isEmpty()).as(offering.id()).isFalse();
		});
		OfferingDocument brussel = sink.document("syntra-brussel--kapper-duaal");
		assertThat(brussel.provider().contact().website()).isEqualTo("https://www.syntra-brussel.example");
		assertThat(brussel.provider().contact().enrolmentUrl())
			.isEqualTo("https://www.syntra-brussel.example/inschrijven");
	}

	@Test
	void withoutLiveProgrammesOrPlacesEveryOfferingIsRejected() throws IOException {
		ImportContext empty = AdapterTesting.context(Map.of("programmes", Map.of(), "places", Map.of()));
		source.read(AdapterTesting.fixture(FILE), empty, sink);

		assertThat(sink.indexed).isEmpty();
		assertThat(sink.rejection(2).reason()).isEqualTo("unknown programme code 'elektrische-installaties-duaal'");
	}

}
