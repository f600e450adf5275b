package be.duaalatlas.supportservice;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.supportservice.ServiceDocument.Channel;
import be.duaalatlas.validation.TextsInput;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Validator;

/**
 * The one rule of a support service, whether it comes from the support services file or
 * from the stakeholder's own write through the API: the input's constraints, and a
 * stakeholder of the live role map, whose name the service carries for display and
 * search.
 */
public final class SupportServiceRules {

	private SupportServiceRules() {
	}

	/** A service, or every rule its input breaks (a file lists them all). */
	public record Checked(ServiceDocument document, List<Problem> problems) {
	}

	/**
	 * Checks an input and makes its service.
	 * @param stakeholders the live stakeholder record of an id, if there is one
	 * @param provenance the provenance of the record with this id and change date
	 */
	public static Checked service(SupportServiceInput input, Validator validator,
			Function<String, Optional<? extends JsonNode>> stakeholders,
			BiFunction<String, String, Provenance> provenance) {
		List<Problem> problems = new ArrayList<>(ValidationProblems.all(validator, input));
		Localized stakeholderName = null;
		if (input.stakeholder() != null && problems.stream().noneMatch(p -> "stakeholder".equals(p.field()))) {
			JsonNode record = stakeholders.apply(input.stakeholder()).orElse(null);
			if (record == null) {
				problems.add(new Problem("stakeholder",
						"stakeholder '" + input.stakeholder() + "' is not a stakeholder of the role map"));
			}
			else {
				stakeholderName = localized(record.path("name"));
			}
		}
		if (!problems.isEmpty()) {
			return new Checked(null, List.copyOf(problems));
		}
		List<Channel> channels = input.channels()
			.stream()
			.map(c -> new Channel(c.kind(), c.value(), c.label() == null ? null : c.label().localized()))
			.toList();
		return new Checked(
				new ServiceDocument(ServiceDocument.KIND, input.key(), input.stakeholder(), stakeholderName,
						input.title().localized(), input.description().localized(), input.audiences(), input.steps(),
						input.regions(), input.sectors() == null ? List.of() : input.sectors(), input.languages(),
						channels, false, input.changed(), provenance.apply(input.key(), input.changed()), null),
				List.of());
	}

	private static Localized localized(JsonNode texts) {
		return new TextsInput(texts.path("nl").asText(null), texts.path("fr").asText(null),
				texts.path("en").asText(null))
			.localized();
	}

}
