package be.duaalatlas.ingest;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Slugs;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.place.PlaceDocument.GeoPoint;
import be.duaalatlas.place.Provinces;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.programme.ProgrammeDocument.Qualification;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Live records for adapter unit tests, built from the real document records and turned
 * into the JSON the engine returns for them (what {@link ImportContext} hands to the
 * adapters).
 */
public final class IngestFixtures {

	private IngestFixtures() {
	}

	/**
	 * A live place as the gazetteer source indexes it, read from line {@code line} of its
	 * file.
	 */
	public static ObjectNode place(String postcode, String nameNl, String municipalityFr, String province, double lat,
			double lon, int line) {
		Localized name = new Localized(nameNl, municipalityFr, null);
		PlaceDocument document = new PlaceDocument(
				PlaceDocument.KIND, postcode, name, name, province, Provinces.NAMES.get(province),
				Provinces.region(province), List.of(Provinces.region(province), province).stream().distinct().toList(),
				Provinces.rtcArea(province), "arrondissement", new GeoPoint(lat, lon),
				new Suggest(List.of(postcode + " " + nameNl)), new Provenance("geonames-postal-codes",
						postcode + "-" + Slugs.of(nameNl), "postcodes-be.tsv", line, null, "2026-01-01T00:00:00Z"),
				null, List.of());
		return AdapterTesting.record(document);
	}

	/** Places by id, as {@code ImportContext.forTest} takes them. */
	public static Map<String, ObjectNode> places(ObjectNode... places) {
		Map<String, ObjectNode> byId = new LinkedHashMap<>();
		Arrays.stream(places).forEach(p -> byId.put(p.path("provenance").path("recordId").asText(), p));
		return byId;
	}

	/**
	 * The places the CSV fixtures use: two in Gent (9000), Antwerpen (2000), Brussels
	 * (1000), Hasselt (3500).
	 */
	public static Map<String, ObjectNode> fixturePlaces() {
		return places(place("9000", "Gent", null, "OOST_VLAANDEREN", 51.05, 3.7167, 7),
				place("9000", "Sint-Denijs-Westrem", null, "OOST_VLAANDEREN", 51.03, 3.6833, 9),
				place("2000", "Antwerpen", null, "ANTWERPEN", 51.2199, 4.4035, 3),
				place("1000", "Brussel", "Bruxelles", "BRUSSELS", 50.8504, 4.3488, 1),
				place("3500", "Hasselt", null, "LIMBURG", 50.9311, 5.3378, 5));
	}

	/** A live programme as the programme offer source indexes it. */
	public static ObjectNode programme(String code, Localized name, String studyDomain, String grade, String finality,
			List<String> qualifications, List<String> sectors) {
		ProgrammeDocument document = new ProgrammeDocument(ProgrammeDocument.KIND, code, name,
				new LocalizedList(List.of(), List.of(), List.of()), new Localized("Beschrijving", null, null),
				studyDomain, grade, finality,
				qualifications.stream().map(q -> new Qualification(Slugs.of(q), q)).toList(), sectors, 50,
				new Suggest(List.of(name.nl())), false, "2025-09-01",
				new Provenance("programme-offer", code, "programmes.csv", 2, "2025-09-01", "2026-01-01T00:00:00Z"));
		return AdapterTesting.record(document);
	}

	/** The programmes the CSV fixtures use. */
	public static Map<String, ObjectNode> fixtureProgrammes() {
		Map<String, ObjectNode> programmes = new LinkedHashMap<>();
		programmes.put("elektrische-installaties-duaal",
				programme("elektrische-installaties-duaal",
						new Localized("Elektrische installaties duaal", "Installations électriques (en alternance)",
								null),
						"STEM", "3", "ARBEIDSMARKT",
						List.of("Residentieel elektrotechnisch installateur", "Elektrotechnisch monteur"),
						List.of("elektrotechniek", "bouw")));
		programmes.put("kapper-duaal",
				programme("kapper-duaal", new Localized("Kapper duaal", null, "Hairdresser (dual)"), "KUNST_CREATIE",
						"2", "ARBEIDSMARKT", List.of("Kapper"), List.of("haarzorg-schoonheid")));
		programmes.put("ruwbouw-duaal", programme("ruwbouw-duaal", new Localized("Ruwbouw duaal", null, null), "STEM",
				"3", "ARBEIDSMARKT", List.of("Metselaar"), List.of("bouw")));
		return programmes;
	}

	/** Live stakeholders: only their ids matter to the adapters that check them. */
	public static Map<String, ObjectNode> stakeholders(String... ids) {
		Map<String, ObjectNode> records = new LinkedHashMap<>();
		for (String id : ids) {
			records.put(id, AdapterTesting.named(id, null, null));
		}
		return records;
	}

}
