package be.duaalatlas.ingest.offerings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.CatalogueSource;
import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.PlaceLookup;
import be.duaalatlas.ingest.PlaceLookup.Area;
import be.duaalatlas.ingest.RowSink;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.Values;
import be.duaalatlas.programme.OfferingDocument;
import be.duaalatlas.programme.OfferingDocument.Contact;
import be.duaalatlas.programme.OfferingDocument.Provider;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.programme.ProviderKind;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.Language;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Where programmes are offered: the providers' locations, a {@code ;}-separated CSV. The
 * programme must be in the live programme offer and the postcode in the gazetteer; the
 * location is the postcode area's centre.
 */
@Component
class OfferingsSource implements CatalogueSource {

	static final List<String> COLUMNS = List.of("id", "programme_code", "provider_id", "provider_name", "provider_kind",
			"street", "postcode", "municipality", "language", "start", "changed", "sample");

	static final List<String> PROVIDER_KINDS = Enums.names(ProviderKind.class);

	static final List<String> LANGUAGES = Coded.codes(Language.class);

	@Override
	public String name() {
		return "offerings";
	}

	@Override
	public String kind() {
		return OfferingDocument.KIND;
	}

	@Override
	public void read(SourceInput input, ImportContext context, RowSink sink) throws IOException {
		PlaceLookup places = PlaceLookup.of(context);
		CsvRows.read(input, ';', COLUMNS, sink, (line, row) -> {
			String problem = Values.firstProblem(
					Values.required(row, "id", "programme_code", "provider_id", "provider_name", "provider_kind",
							"postcode", "language"),
					Values.oneOf(row, "provider_kind", PROVIDER_KINDS), Values.oneOf(row, "language", LANGUAGES),
					Values.date(row, "start"), Values.date(row, "changed"), Values.bool(row, "sample"),
					Values.webAddress(row, "website"), Values.email(row, "email"), Values.phone(row, "phone"),
					Values.webAddress(row, "enrolment_url"));
			Contact contact = new Contact(Values.blankToNull(row.get("website")), Values.blankToNull(row.get("email")),
					Values.blankToNull(row.get("phone")), Values.blankToNull(row.get("enrolment_url")));
			if (problem == null && contact.isEmpty()) {
				problem = "no contact route: give the school's website, email, phone or enrolment_url, so that a pupil "
						+ "who finds the offering can enrol";
			}
			if (problem != null) {
				sink.reject(line, problem);
				return;
			}
			Optional<ObjectNode> programme = context.find(ProgrammeDocument.KIND, row.get("programme_code"));
			if (programme.isEmpty()) {
				sink.reject(line, "unknown programme code '" + row.get("programme_code") + "'");
				return;
			}
			Optional<Area> area = places.postcode(row.get("postcode"));
			if (area.isEmpty()) {
				sink.reject(line,
						"unknown postcode '" + row.get("postcode") + "' (not in the Flemish or Brussels gazetteer)");
				return;
			}
			JsonNode p = programme.get();
			Area a = area.get();
			// the postcode's municipality as it is today, whatever the row calls it (a
			// village, a merged municipality)
			Localized municipality = a.municipality();
			String id = row.get("id");
			sink.index(id, new OfferingDocument(OfferingDocument.KIND, id, row.get("programme_code"),
					new Localized(p.path("name").path("nl").asText(), p.path("name").path("fr").asText(null),
							p.path("name").path("en").asText(null)),
					new Provider(row.get("provider_id"), row.get("provider_name"),
							ProviderKind.valueOf(row.get("provider_kind")), contact),
					Values.blankToNull(row.get("street")), a.postcode(), municipality, a.province(), a.region(),
					a.regions(), a.rtcArea(), a.location(), row.get("language"), List.of(row.get("language")),
					Values.blankToNull(row.get("start")), p.path("studyDomain").asText(), p.path("grade").asText(),
					p.path("finality").asText(), texts(p.path("qualifications"), "id"), texts(p.path("sectors"), null),
					"true".equals(row.get("sample")), Values.blankToNull(row.get("changed")),
					context.provenance(name(), id, input, line, Values.blankToNull(row.get("changed")))), line);
		});
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
		return values;
	}

}
