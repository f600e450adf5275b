package be.duaalatlas.ingest.offerings;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Provenance;
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
import be.duaalatlas.vocabulary.InstitutionNumber;
import be.duaalatlas.vocabulary.Language;
import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

/**
 * Where programmes are offered: the providers' locations, a {@code ;}-separated CSV. The
 * programme must be in the live programme offer and the postcode in the gazetteer; the
 * location is the postcode area's centre.
 */
@Component
public class OfferingsSource implements CatalogueSource {

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
			String id = row.get("id");
			Checked checked = offering(row, code -> context.find(ProgrammeDocument.KIND, code), places::postcode,
					context.provenance(name(), id, input, line, Values.blankToNull(row.get("changed"))));
			if (checked.reason() != null) {
				sink.reject(line, checked.reason());
				return;
			}
			sink.index(id, checked.document(), line);
		});
	}

	/**
	 * An offering, or the first rule its row breaks: the one rule for a provider's
	 * offering, whether it comes from this file or from the provider's own write through
	 * the API.
	 *
	 * @param document the offering, when the row is valid
	 * @param column the column that breaks a rule (null when the rule is about the row as
	 * a whole)
	 */
	public record Checked(OfferingDocument document, String column, String reason) {

		static Checked problem(String column, String reason) {
			return new Checked(null, column, reason);
		}

	}

	/**
	 * Checks a row (by this file's column names) and makes its offering.
	 * @param programmes a live programme by code
	 * @param places a postcode's area in the live gazetteer
	 */
	public static Checked offering(Map<String, String> row, Function<String, Optional<? extends JsonNode>> programmes,
			Function<String, Optional<Area>> places, Provenance provenance) {
		List<String> required = List.of("id", "programme_code", "provider_id", "provider_name", "provider_kind",
				"postcode", "language");
		String missing = Values.required(row, required.toArray(String[]::new));
		if (missing != null) {
			return Checked.problem(required.stream().filter(c -> Values.isBlank(row.get(c))).findFirst().orElse(null),
					missing);
		}
		Map<String, String> rules = new LinkedHashMap<>();
		rules.put("id", Values.compoundKey(row, "id"));
		rules.put("provider_kind", Values.oneOf(row, "provider_kind", PROVIDER_KINDS));
		rules.put("language", Values.oneOf(row, "language", LANGUAGES));
		rules.put("start", Values.date(row, "start"));
		rules.put("changed", Values.date(row, "changed"));
		rules.put("sample", Values.bool(row, "sample"));
		rules.put("website", Values.webAddress(row, "website"));
		rules.put("email", Values.email(row, "email"));
		rules.put("phone", Values.phone(row, "phone"));
		rules.put("enrolment_url", Values.webAddress(row, "enrolment_url"));
		rules.put("institution_number", Values.isBlank(row.get("institution_number")) ? null
				: InstitutionNumber.problem(row.get("institution_number")));
		for (Map.Entry<String, String> rule : rules.entrySet()) {
			if (rule.getValue() != null) {
				return Checked.problem(rule.getKey(), rule.getValue());
			}
		}
		Contact contact = new Contact(Values.blankToNull(row.get("website")), Values.blankToNull(row.get("email")),
				Values.blankToNull(row.get("phone")), Values.blankToNull(row.get("enrolment_url")));
		if (contact.isEmpty()) {
			return Checked.problem(null, "no contact route: give the school's website, email, phone or enrolment_url, "
					+ "so that a pupil who finds the offering can enrol");
		}
		Optional<? extends JsonNode> programme = programmes.apply(row.get("programme_code"));
		if (programme.isEmpty()) {
			return Checked.problem("programme_code", "unknown programme code '" + row.get("programme_code") + "'");
		}
		Optional<Area> area = places.apply(row.get("postcode"));
		if (area.isEmpty()) {
			return Checked.problem("postcode",
					"unknown postcode '" + row.get("postcode") + "' (not in the Flemish or Brussels gazetteer)");
		}
		JsonNode p = programme.get();
		Area a = area.get();
		// the postcode's municipality as it is today, whatever the row calls it (a
		// village, a merged municipality)
		Localized municipality = a.municipality();
		String id = row.get("id");
		return new Checked(new OfferingDocument(OfferingDocument.KIND, id, row.get("programme_code"),
				new Localized(p.path("name").path("nl").asText(), p.path("name").path("fr").asText(null),
						p.path("name").path("en").asText(null)),
				new LocalizedList(texts(p.path("aliases").path("nl"), null), texts(p.path("aliases").path("fr"), null),
						texts(p.path("aliases").path("en"), null)),
				new Provider(row.get("provider_id"), row.get("provider_name"),
						ProviderKind.valueOf(row.get("provider_kind")), contact,
						Values.isBlank(row.get("institution_number")) ? null
								: InstitutionNumber.read(row.get("institution_number"))),
				Values.blankToNull(row.get("street")), a.postcode(), municipality, a.province(), a.region(),
				a.regions(), a.rtcArea(), a.location(), row.get("language"), List.of(row.get("language")),
				Values.blankToNull(row.get("start")), p.path("studyDomain").asText(), p.path("grade").asText(),
				p.path("finality").asText(), texts(p.path("qualifications"), "id"), texts(p.path("sectors"), null),
				"true".equals(row.get("sample")), Values.blankToNull(row.get("changed")), provenance, null), null,
				null);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
		return values;
	}

}
