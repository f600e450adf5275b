package be.duaalatlas.ingest.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.Values;
import be.duaalatlas.vocabulary.Enums;
import be.duaalatlas.vocabulary.JointCommittees;
import be.duaalatlas.vocabulary.KboNumber;
import be.duaalatlas.vocabulary.RecognitionStatus;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Rules of the recognition register that hold whether a value comes from the register's
 * export or from a write through the API (one rule, not two), and the fields a workplace
 * derives from its recognitions. Each check returns a readable reason, or null when the
 * value is fine.
 */
public final class RegisterRules {

	static final List<String> STATUSES = Enums.names(RecognitionStatus.class);

	/** The columns of one recognition, in the order {@link #recognition} checks them. */
	public static final List<String> RECOGNITION_COLUMNS = List.of("recognition_id", "programme_code", "qualification",
			"partnership", "valid_from", "valid_until", "status");

	private RegisterRules() {
	}

	/** A column that breaks its rule, and why. */
	public record Problem(String column, String reason) {
	}

	public static String enterpriseNumber(Map<String, String> row) {
		return KboNumber.enterpriseProblem(row.get("enterprise_number"));
	}

	public static String establishmentNumber(Map<String, String> row) {
		return KboNumber.establishmentProblem(row.get("establishment_number"));
	}

	/** A recognition ends on or after the day it starts (both valid dates). */
	static String validity(Map<String, String> row) {
		return LocalDate.parse(row.get("valid_until")).isBefore(LocalDate.parse(row.get("valid_from")))
				? "valid_until " + row.get("valid_until") + " is before valid_from " + row.get("valid_from") : null;
	}

	static String programme(Map<String, String> row, Predicate<String> programmeExists) {
		return programmeExists.test(row.get("programme_code")) ? null
				: "unknown programme code '" + row.get("programme_code") + "'";
	}

	/**
	 * The recognising body must be in the role map and hold the role of recognising
	 * workplaces.
	 * @param stakeholders a stakeholder of the live role map by id
	 */
	static String recognisingBody(String partnership, Function<String, Optional<? extends JsonNode>> stakeholders) {
		Optional<? extends JsonNode> body = stakeholders.apply(partnership);
		if (body.isEmpty()) {
			return "unknown recognising partnership '" + partnership + "' (not in the role map)";
		}
		JsonNode roles = body.get().path("roles");
		boolean recognises = false;
		for (JsonNode role : roles) {
			recognises |= "RECOGNISE_WORKPLACES".equals(role.path("role").asText());
		}
		if (roles.isArray() && roles.size() > 0 && !recognises) {
			return "'" + partnership + "' does not recognise workplaces: the sectoral partnership competent for the "
					+ "company's joint committee does, or else the Vlaams Partnerschap Duaal Leren ("
					+ JointCommittees.FLEMISH_PARTNERSHIP + ")";
		}
		return null;
	}

	/**
	 * The first rule one recognition breaks (its columns as the register's export has
	 * them), for a recognition written through the API: the same checks the import runs
	 * on a register line's recognition columns.
	 */
	public static Optional<Problem> recognition(Map<String, String> row, Predicate<String> programmeExists,
			Function<String, Optional<? extends JsonNode>> stakeholders) {
		Map<String, Function<Map<String, String>, String>> rules = new LinkedHashMap<>();
		for (String column : List.of("recognition_id", "programme_code", "partnership", "valid_from", "valid_until",
				"status")) {
			rules.put(column, r -> Values.required(r, column));
		}
		rules.put("status",
				r -> Values.firstProblem(Values.required(r, "status"), Values.oneOf(r, "status", STATUSES)));
		rules.put("valid_from",
				r -> Values.firstProblem(Values.required(r, "valid_from"), Values.date(r, "valid_from")));
		rules.put("valid_until",
				r -> Values.firstProblem(Values.required(r, "valid_until"), Values.date(r, "valid_until")));
		List<Map.Entry<String, Function<Map<String, String>, String>>> ordered = new ArrayList<>(rules.entrySet());
		ordered.add(Map.entry("valid_until", RegisterRules::validity));
		ordered.add(Map.entry("programme_code", r -> programme(r, programmeExists)));
		ordered.add(Map.entry("partnership", r -> recognisingBody(r.get("partnership"), stakeholders)));
		for (Map.Entry<String, Function<Map<String, String>, String>> rule : ordered) {
			String reason = rule.getValue().apply(row);
			if (reason != null) {
				return Optional.of(new Problem(rule.getKey(), reason));
			}
		}
		return Optional.empty();
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
