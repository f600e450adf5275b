package be.duaalatlas.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.LocalizedList;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.place.PlaceLookup.Area;
import be.duaalatlas.programme.OfferingDocument.Contact;
import be.duaalatlas.programme.OfferingDocument.Provider;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.vocabulary.InstitutionNumber;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;

/**
 * The one rule for a provider's offering, whether it comes from the providers' CSV or
 * from the provider's own write through the API: the input's constraints, a contact
 * route, a programme of the live offer, a postcode of the gazetteer; the offering carries
 * its programme's classification and its postcode area's place.
 */
public final class OfferingRules {

	private OfferingRules() {
	}

	/** An offering, or the first rule its input breaks. */
	public record Checked(OfferingDocument document, Problem problem) {

		static Checked problem(String field, String reason) {
			return new Checked(null, new Problem(field, reason));
		}

	}

	/**
	 * Checks an input and makes its offering.
	 * @param programmes a live programme by code
	 * @param places a postcode's area in the live gazetteer
	 */
	public static Checked offering(OfferingInput input, Validator validator,
			Function<String, Optional<? extends JsonNode>> programmes, Function<String, Optional<Area>> places,
			Provenance provenance) {
		Optional<Problem> broken = ValidationProblems.first(validator, input);
		if (broken.isPresent()) {
			return new Checked(null, broken.get());
		}
		Contact contact = new Contact(input.website(), input.email(), input.phone(), input.enrolmentUrl());
		if (contact.isEmpty()) {
			return Checked.problem(null, "no contact route: give the school's website, email, phone or enrolment_url, "
					+ "so that a pupil who finds the offering can enrol");
		}
		Optional<? extends JsonNode> programme = programmes.apply(input.programmeCode());
		if (programme.isEmpty()) {
			return Checked.problem("programmeCode", "unknown programme code '" + input.programmeCode() + "'");
		}
		Optional<Area> area = places.apply(input.postcode());
		if (area.isEmpty()) {
			return Checked.problem("postcode",
					"unknown postcode '" + input.postcode() + "' (not in the Flemish or Brussels gazetteer)");
		}
		JsonNode p = programme.get();
		Area a = area.get();
		// the postcode's municipality as it is today, whatever the row calls it (a
		// village, a merged municipality)
		return new Checked(new OfferingDocument(OfferingDocument.KIND, input.key(), input.programmeCode(),
				new Localized(p.path("name").path("nl").asText(), p.path("name").path("fr").asText(null),
						p.path("name").path("en").asText(null)),
				new LocalizedList(texts(p.path("aliases").path("nl"), null), texts(p.path("aliases").path("fr"), null),
						texts(p.path("aliases").path("en"), null)),
				new Provider(input.providerId(), input.providerName(), ProviderKind.valueOf(input.providerKind()),
						contact,
						input.institutionNumber() == null ? null : InstitutionNumber.read(input.institutionNumber())),
				input.street(), a.postcode(), a.municipality(), a.province(), a.region(), a.regions(), a.rtcArea(),
				a.location(), input.language(), List.of(input.language()), input.start(),
				p.path("studyDomain").asText(), p.path("grade").asText(), p.path("finality").asText(),
				texts(p.path("qualifications"), "id"), texts(p.path("sectors"), null), "true".equals(input.sample()),
				input.changed(), provenance, null), null);
	}

	private static List<String> texts(JsonNode array, String field) {
		List<String> values = new ArrayList<>();
		array.forEach(node -> values.add(field == null ? node.asText() : node.path(field).asText()));
		return values;
	}

}
