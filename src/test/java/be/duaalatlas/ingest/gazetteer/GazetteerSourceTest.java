package be.duaalatlas.ingest.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.Provinces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GeoNames adapter on a fixture in GeoNames' own layout, with its municipality tables
 * beside it.
 */
class GazetteerSourceTest {

	private static final String FILE = "fixtures/geonames-postal-codes/postcodes-be.tsv";

	private final GazetteerSource source = new GazetteerSource();

	private final ImportContext context = AdapterTesting.context(Map.of());

	private final RecordingSink sink = new RecordingSink();

	@Test
	void readsFlemishAndBrusselsPlacesWithTheirProvinceRegionAndCoordinates() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.indexed.keySet()).containsExactly("1000-bruxelles", "1050-ixelles", "9000-gent",
				"3500-sint-lambrechts-herk");
		sink.indexed.values().forEach(i -> AdapterTesting.assertFitsMapping("places", i.document()));

		PlaceDocument gent = sink.document("9000-gent");
		assertThat(gent.kind()).isEqualTo("places");
		assertThat(gent.postcode()).isEqualTo("9000");
		assertThat(gent.name()).isEqualTo(new Localized("Gent", null, null));
		assertThat(gent.municipality()).isEqualTo(new Localized("Gent", null, null));
		assertThat(gent.province()).isEqualTo("OOST_VLAANDEREN");
		assertThat(gent.provinceName())
			.isEqualTo(new Localized("Oost-Vlaanderen", "Flandre-Orientale", "East Flanders"));
		assertThat(gent.region()).isEqualTo("FLANDERS");
		assertThat(gent.regions()).containsExactly("FLANDERS", "OOST_VLAANDEREN");
		assertThat(gent.rtcArea()).isEqualTo("rtc-oost-vlaanderen");
		assertThat(gent.arrondissement()).isEqualTo("Gent");
		assertThat(gent.location()).isEqualTo(new GeoPoint(51.05, 3.7167));
		assertThat(gent.suggest().input()).containsExactly("9000 Gent", "Gent");
		assertThat(gent.municipalityNis()).isEqualTo("44021");
		assertThat(gent.provenance().source()).isEqualTo("geonames-postal-codes");
		assertThat(gent.provenance().recordId()).isEqualTo("9000-gent");
		assertThat(gent.provenance().file()).isEqualTo(FILE);
		assertThat(gent.provenance().line()).isEqualTo(3);
		assertThat(sink.indexed.get("9000-gent").line()).isEqualTo(3);

		PlaceDocument herk = sink.document("3500-sint-lambrechts-herk");
		// a deelgemeente of Hasselt, which Kortessem joined on 1 January 2025
		assertThat(herk.name()).isEqualTo(new Localized("Sint-Lambrechts-Herk", null, null));
		assertThat(herk.municipality()).isEqualTo(new Localized("Hasselt", null, null));
		assertThat(herk.municipalityNis()).isEqualTo("71072");
		assertThat(herk.formerMunicipalities()).extracting(PlaceDocument.FormerMunicipality::nis)
			.containsExactly("71022", "73040");
		assertThat(herk.suggest().input()).containsExactly("3500 Hasselt", "Hasselt", "Sint-Lambrechts-Herk");
		assertThat(herk.province()).isEqualTo("LIMBURG");
		assertThat(herk.rtcArea()).isEqualTo("rtc-limburg");
		assertThat(herk.provenance().line()).isEqualTo(11);
	}

	@Test
	void brusselsPlacesTakeTheirDutchAndFrenchNamesFromTheMunicipalityTables() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		PlaceDocument brussel = sink.document("1000-bruxelles");
		assertThat(brussel.name()).isEqualTo(new Localized("Brussel", "Bruxelles", null));
		assertThat(brussel.municipality()).isEqualTo(new Localized("Brussel", "Bruxelles", null));
		assertThat(brussel.province()).isEqualTo("BRUSSELS");
		assertThat(brussel.provinceName()).isEqualTo(Provinces.NAMES.get("BRUSSELS"));
		assertThat(brussel.region()).isEqualTo("BRUSSELS");
		assertThat(brussel.regions()).containsExactly("BRUSSELS");
		assertThat(brussel.rtcArea()).isNull();
		assertThat(brussel.suggest().input()).containsExactly("1000 Brussel", "1000 Bruxelles", "Brussel", "Bruxelles");
		assertThat(brussel.provenance().line()).isEqualTo(1);

		PlaceDocument elsene = sink.document("1050-ixelles");
		assertThat(elsene.name()).isEqualTo(new Localized("Elsene", "Ixelles", null));
		assertThat(elsene.municipality()).isEqualTo(new Localized("Elsene", "Ixelles", null));
		assertThat(elsene.location()).isEqualTo(new GeoPoint(50.8333, 4.3667));
	}

	@Test
	void rejectsEveryBadLineWithItsLineNumberAndReason() throws IOException {
		source.read(AdapterTesting.fixture(FILE), context, sink);

		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
		assertThat(sink.rejection(5).reason())
			.isEqualTo("malformed line: expected 12 tab-separated GeoNames fields, found 6");
		assertThat(sink.rejection(6).reason()).isEqualTo("country 'NL' is not BE");
		assertThat(sink.rejection(7).reason()).isEqualTo("postcode '10000' is not 4 digits");
		assertThat(sink.rejection(8).reason()).isEqualTo("province code 'WHT' is not in Flanders or Brussels");
		assertThat(sink.rejection(9).reason()).isEqualTo("coordinates 52.2155,2.927 are outside Belgium");
		assertThat(sink.rejection(10).reason()).isEqualTo("coordinates '50,9311,5,3378' are not numbers");
		// the blank line 4 is neither a place nor a rejection
		assertThat(sink.indexed.values()).extracting(AdapterTesting.Indexed::line).doesNotContain(4L);
	}

	@Test
	void everyProvinceCodeOfFlandersAndBrusselsIsKeptAndMapped(@TempDir Path dir) throws IOException {
		List<String> codes = List.of("VAN", "VBR", "VLI", "VOV", "VWV", "BRU");
		List<String> provinces = List.of("ANTWERPEN", "VLAAMS_BRABANT", "LIMBURG", "OOST_VLAANDEREN", "WEST_VLAANDEREN",
				"BRUSSELS");
		List<String> postcodes = List.of("2000", "3000", "3500", "9000", "8000", "1000");
		StringBuilder text = new StringBuilder();
		StringBuilder municipalities = new StringBuilder("nis\tname_nl\tname_fr\tprovince\n");
		StringBuilder places = new StringBuilder("postcode\tplace\tnis\tname_nl\tname_fr\n");
		for (int i = 0; i < codes.size(); i++) {
			text.append(String.join("\t", "BE", postcodes.get(i), "Plaats " + i, "Gewest", "VLG", "Provincie",
					codes.get(i), "Arrondissement", "11", "51.0", "4.0", "4"))
				.append('\n');
			municipalities.append(String.join("\t", "1000" + i, "Gemeente " + i, "", provinces.get(i))).append('\n');
			places.append(String.join("\t", postcodes.get(i), "Plaats " + i, "1000" + i, "Plaats " + i, ""))
				.append('\n');
		}
		Path file = Files.writeString(dir.resolve("postcodes.tsv"), text);
		Files.writeString(dir.resolve("municipalities.tsv"), municipalities);
		Files.writeString(dir.resolve("place-municipalities.tsv"), places);
		Files.writeString(dir.resolve("former-municipalities.tsv"), "nis\tname_nl\tname_fr\tmerged_into\tsince\n");

		source.read(SourceInput.of(file), context, sink);

		assertThat(sink.rejected).isEmpty();
		assertThat(sink.indexed.values()).extracting(i -> ((PlaceDocument) i.document()).province())
			.containsExactlyElementsOf(provinces);
		assertThat(sink.indexed.values()).extracting(i -> ((PlaceDocument) i.document()).rtcArea())
			.containsExactly("rtc-antwerpen", "rtc-vlaams-brabant", "rtc-limburg", "rtc-oost-vlaanderen",
					"rtc-west-vlaanderen", null);
		PlaceDocument five = sink.document("1000-plaats-5");
		assertThat(five.name()).isEqualTo(new Localized("Plaats 5", null, null));
		assertThat(five.municipality()).isEqualTo(new Localized("Gemeente 5", null, null));
	}

	@Test
	void aPlaceWithoutAMunicipalityOrWithoutTheTablesIsRejectedWithTheReason(@TempDir Path dir) throws IOException {
		String row = String.join("\t", "BE", "3500", "Nergenshuizen", "Vlaanderen", "VLG", "Limbourg", "VLI", "Hasselt",
				"71", "50.9", "5.3", "4");
		Path file = Files.writeString(dir.resolve("postcodes.tsv"), row + "\n");

		source.read(SourceInput.of(file), context, sink);
		assertThat(sink.rejection(1).reason()).isEqualTo("no municipality for 3500 Nergenshuizen: the companion table "
				+ "municipalities.tsv is missing beside the gazetteer");

		Files.writeString(dir.resolve("municipalities.tsv"),
				"nis\tname_nl\tname_fr\tprovince\n71072\tHasselt\t\tLIMBURG\n");
		Files.writeString(dir.resolve("place-municipalities.tsv"), "postcode\tplace\tnis\tname_nl\tname_fr\n");
		Files.writeString(dir.resolve("former-municipalities.tsv"), "nis\tname_nl\tname_fr\tmerged_into\tsince\n");
		RecordingSink again = new RecordingSink();
		source.read(SourceInput.of(file), context, again);
		assertThat(again.indexed).isEmpty();
		assertThat(again.rejection(1).reason())
			.isEqualTo("no municipality for 3500 Nergenshuizen in place-municipalities.tsv");
	}

}
