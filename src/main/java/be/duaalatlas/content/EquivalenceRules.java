package be.duaalatlas.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import be.duaalatlas.content.EquivalenceDocument.FrenchSide;
import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;

/**
 * The rule of a Brussels equivalence: the input's constraints, a programme of the live
 * offer (whose name and sectors it carries) and live stakeholders on both sides.
 */
public final class EquivalenceRules {

	private EquivalenceRules() {
	}

	/** An equivalence, or every rule its input breaks (a file lists them all). */
	public record Checked(EquivalenceDocument document, List<Problem> problems) {
	}

	/**
	 * Checks an input and makes its equivalence.
	 * @param programmes a live programme by code
	 * @param stakeholders whether a stakeholder of this id is live
	 * @param provenance the provenance of the record with this id and change date
	 */
	public static Checked equivalence(EquivalenceInput input, Validator validator,
			Function<String, Optional<? extends JsonNode>> programmes, Predicate<String> stakeholders,
			BiFunction<String, String, Provenance> provenance) {
		List<Problem> problems = new ArrayList<>(ValidationProblems.all(validator, input));
		JsonNode programme = null;
		if (input.programme() != null && problems.stream().noneMatch(p -> "programme".equals(p.field()))) {
			programme = programmes.apply(input.programme()).orElse(null);
			if (programme == null) {
				problems.add(new Problem("programme", "unknown programme '" + input.programme() + "'"));
			}
		}
		actors(input.flemishActors(), "flemishActors", stakeholders, problems);
		actors(input.frenchActors(), "frenchActors", stakeholders, problems);
		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		Localized programmeName = new TextsInput(programme.path("name").path("nl").asText(null),
				programme.path("name").path("fr").asText(null), programme.path("name").path("en").asText(null))
			.localized();
		if (programmeName == null) {
			programmeName = new Localized(input.programme(), null, null);
		}
		List<String> sectors = new ArrayList<>();
		programme.path("sectors").forEach(sector -> sectors.add(sector.asText()));
		FrenchSide frenchSide = new FrenchSide(input.frenchSide().name(), input.frenchSide().system(),
				input.frenchSide().certificate());
		return new Checked(
				new EquivalenceDocument(EquivalenceDocument.KIND, input.key(), input.programme(), programmeName,
						frenchSide, input.flemishActors(), input.frenchActors(), title(programmeName, frenchSide),
						input.note().localized(), List.of("BRUSSELS"), List.copyOf(sectors), List.of("nl", "fr"),
						List.of(), List.of(), false, input.changed(), provenance.apply(input.key(), input.changed())),
				List.of());
	}

	private static void actors(List<String> ids, String field, Predicate<String> stakeholders, List<Problem> problems) {
		List<String> unknown = ids == null ? List.of() : ids.stream().filter(id -> !stakeholders.test(id)).toList();
		if (!unknown.isEmpty()) {
			problems.add(new Problem(field, "unknown stakeholder(s) "
					+ unknown.stream().map(id -> "'" + id + "'").collect(Collectors.joining(", ")) + " in " + field));
		}
	}

	/**
	 * Both sides in one title: the Flemish name first in Dutch and English, the French
	 * one first in French.
	 */
	private static Localized title(Localized programme, FrenchSide frenchSide) {
		String nl = programme.nl() + " ↔ " + frenchSide.name();
		String fr = frenchSide.name() + " ↔ " + programme.in("fr").orElse(programme.nl());
		String en = programme.in("en").orElse(programme.nl()) + " ↔ " + frenchSide.name();
		return new Localized(nl, fr, en);
	}

}
