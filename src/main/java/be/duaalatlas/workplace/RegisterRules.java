package be.duaalatlas.workplace;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import be.duaalatlas.index.Localized;
import be.duaalatlas.place.PlaceLookup.Area;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.vocabulary.JointCommittees;
import be.duaalatlas.vocabulary.RecognitionStatus;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;

/**
 * Rules of the recognition register that hold whether a recognition comes from the
 * register's export or from a recognising body's write through the API (one rule, not
 * two), and the fields a workplace derives from its recognitions.
 */
public final class RegisterRules {

	private RegisterRules() {
	}

	/**
	 * The first rule a line of the register's export breaks: its establishment's and its
	 * recognition's constraints, then the rules that need the live catalogue.
	 * @param programmeExists whether a programme code is in the live offer
	 * @param places a postcode's area in the live gazetteer
	 * @param stakeholders a stakeholder of the live role map by id; null when the role
	 * map is not loaded (nothing to check the body against)
	 */
	public static Optional<Problem> line(RegisterLineInput establishment, RecognitionInput recognition,
			Validator validator, Predicate<String> programmeExists, Function<String, Optional<Area>> places,
			Function<String, Optional<? extends JsonNode>> stakeholders) {
		Optional<Problem> broken = ValidationProblems.first(validator, establishment, recognition);
		if (broken.isEmpty()) {
			broken = validity(recognition).or(() -> programme(recognition, programmeExists));
		}
		if (broken.isPresent()) {
			return broken;
		}
		if (places.apply(establishment.postcode()).isEmpty()) {
			return problem("postcode",
					"unknown postcode '" + establishment.postcode() + "' (not in the Flemish or Brussels gazetteer)");
		}
		String jointCommittee = establishment.jointCommittee();
		if (jointCommittee != null && JointCommittees.problem(jointCommittee) != null) {
			return problem("jointCommittee", JointCommittees.problem(jointCommittee));
		}
		if (recognition.partnership() == null && jointCommittee == null) {
			return problem("partnership",
					"missing value for partnership: give the recognising partnership or the company's joint_committee");
		}
		String partnership = partnership(establishment, recognition);
		if (jointCommittee != null && !partnership.equals(JointCommittees.recognisingBody(jointCommittee))) {
			return problem("partnership", "partnership '" + partnership + "' is not competent for joint committee "
					+ jointCommittee + ": " + JointCommittees.recognisingBody(jointCommittee) + " is");
		}
		return stakeholders == null ? Optional.empty() : recognisingBody(partnership, stakeholders);
	}

	/**
	 * The first rule a recognition written through the API breaks: the same checks the
	 * import runs on a line's recognition.
	 */
	public static Optional<Problem> recognition(RecognitionInput recognition, Validator validator,
			Predicate<String> programmeExists, Function<String, Optional<? extends JsonNode>> stakeholders) {
		return ValidationProblems.first(validator, recognition)
			.or(() -> validity(recognition))
			.or(() -> programme(recognition, programmeExists))
			.or(() -> recognisingBody(recognition.partnership(), stakeholders));
	}

	/**
	 * The recognising body of a line: as given, or routed by the company's joint
	 * committee.
	 */
	public static String partnership(RegisterLineInput establishment, RecognitionInput recognition) {
		return recognition.partnership() == null ? JointCommittees.recognisingBody(establishment.jointCommittee())
				: recognition.partnership();
	}

	/** A recognition ends on or after the day it starts. */
	private static Optional<Problem> validity(RecognitionInput r) {
		return r.validUntil().compareTo(r.validFrom()) < 0
				? problem("validUntil", "valid_until " + r.validUntil() + " is before valid_from " + r.validFrom())
				: Optional.empty();
	}

	private static Optional<Problem> programme(RecognitionInput r, Predicate<String> programmeExists) {
		return programmeExists.test(r.programmeCode()) ? Optional.empty()
				: problem("programmeCode", "unknown programme code '" + r.programmeCode() + "'");
	}

	/**
	 * The recognising body must be in the role map and hold the role of recognising
	 * workplaces.
	 */
	private static Optional<Problem> recognisingBody(String partnership,
			Function<String, Optional<? extends JsonNode>> stakeholders) {
		Optional<? extends JsonNode> body = stakeholders.apply(partnership);
		if (body.isEmpty()) {
			return problem("partnership",
					"unknown recognising partnership '" + partnership + "' (not in the role map)");
		}
		JsonNode roles = body.get().path("roles");
		boolean recognises = false;
		for (JsonNode role : roles) {
			recognises |= "RECOGNISE_WORKPLACES".equals(role.path("role").asText());
		}
		if (roles.isArray() && roles.size() > 0 && !recognises) {
			return problem("partnership", "'" + partnership + "' does not recognise workplaces: the sectoral "
					+ "partnership competent for the company's joint committee does, or else the Vlaams Partnerschap "
					+ "Duaal Leren (" + JointCommittees.FLEMISH_PARTNERSHIP + ")");
		}
		return Optional.empty();
	}

	private static Optional<Problem> problem(String field, String reason) {
		return Optional.of(new Problem(field, reason));
	}

	/**
	 * What a workplace derives from its recognitions: the programmes, qualifications of
	 * the active ones, every recognising body, and "Recognised for: …" from the
	 * programmes' names.
	 *
	 * @param programmes a live programme by code
	 */
	public record Derived(List<String> programmeCodes, List<String> qualifications, List<String> partnerships,
			Localized description) {

		public static Derived of(List<Recognition> recognitions,
				Function<String, Optional<? extends JsonNode>> programmes) {
			List<Recognition> active = recognitions.stream()
				.filter(r -> RecognitionStatus.ACTIVE.name().equals(r.status()))
				.toList();
			List<JsonNode> names = active.stream()
				.map(Recognition::programmeCode)
				.distinct()
				.map(programmes)
				.flatMap(Optional::stream)
				.map(programme -> (JsonNode) programme.path("name"))
				.toList();
			Localized description = names.isEmpty() ? null : new Localized("Erkend voor: " + join(names, "nl"),
					"Agréé pour : " + join(names, "fr"), "Recognised for: " + join(names, "en"));
			return new Derived(active.stream().map(Recognition::programmeCode).distinct().toList(),
					active.stream().map(Recognition::qualification).filter(q -> q != null).distinct().toList(),
					recognitions.stream().map(Recognition::partnership).distinct().toList(), description);
		}

		private static String join(List<JsonNode> names, String lang) {
			return names.stream()
				.map(name -> name.path(lang).asText(name.path("nl").asText()))
				.collect(Collectors.joining(", "));
		}

	}

}
