package be.duaalatlas.stakeholder;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Suggest;
import be.duaalatlas.stakeholder.StakeholderDocument.Contact;
import be.duaalatlas.stakeholder.StakeholderDocument.Role;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.validation.ValidationProblems.Problem;
import be.duaalatlas.vocabulary.Enums;
import jakarta.validation.Validator;

/**
 * The rules of the role map, for its file and for a stakeholder's write through the API:
 * the inputs' constraints, and each role listed once.
 */
public final class StakeholderRules {

	private StakeholderRules() {
	}

	/** A stakeholder, or every rule its input breaks (a file lists them all). */
	public record Checked(StakeholderDocument document, List<Problem> problems) {
	}

	/**
	 * Checks an item of the role map and makes its stakeholder.
	 * @param provenance the provenance of the record with this id and change date
	 */
	public static Checked stakeholder(StakeholderInput input, Validator validator,
			BiFunction<String, String, Provenance> provenance) {
		List<Problem> problems = new ArrayList<>(ValidationProblems.all(validator, input));
		problems.addAll(listedOnce(input.roles()));
		if (!problems.isEmpty()) {
			problems.sort(ValidationProblems.inFieldOrder(StakeholderInput.class));
			return new Checked(null, List.copyOf(problems));
		}
		Localized name = input.name().localized();
		ContactInput contact = input.contact();
		return new Checked(new StakeholderDocument(StakeholderDocument.KIND, input.key(), name,
				StakeholderType.valueOf(input.type()), input.description().localized(), roles(input.roles()),
				input.regions(), input.sectors() == null ? List.of() : input.sectors(), input.languages(), List.of(),
				List.of(), contact == null ? null : new Contact(contact.website(), contact.email(), contact.phone()),
				new Suggest(suggestions(name)), false, input.changed(), provenance.apply(input.key(), input.changed()),
				null), List.of());
	}

	/**
	 * Every problem of a stakeholder's descriptions of its roles, by the role map's rule
	 * for roles.
	 */
	public static List<Problem> roles(StakeholderRolesInput input, Validator validator) {
		List<Problem> problems = new ArrayList<>(ValidationProblems.all(validator, input));
		problems.addAll(listedOnce(input.roles()));
		problems.sort(ValidationProblems.inFieldOrder(StakeholderRolesInput.class));
		return problems;
	}

	/** Valid role inputs as the document's roles. */
	static List<Role> roles(List<RoleInput> roles) {
		return roles.stream().map(r -> new Role(r.role(), r.description().localized(), r.legalBasis())).toList();
	}

	/** A role listed a second time is a problem of that entry. */
	private static List<Problem> listedOnce(List<RoleInput> roles) {
		List<Problem> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		List<String> known = Enums.names(EcosystemRole.class);
		for (int i = 0; roles != null && i < roles.size(); i++) {
			String role = roles.get(i).role();
			if (role != null && known.contains(role) && !seen.add(role)) {
				String field = "roles[" + i + "].role";
				problems.add(new Problem(field, field + " '" + role + "' is listed twice"));
			}
		}
		return problems;
	}

	private static List<String> suggestions(Localized name) {
		List<String> inputs = new ArrayList<>();
		for (String lang : List.of("nl", "fr", "en")) {
			name.in(lang).ifPresent(inputs::add);
		}
		return inputs.stream().distinct().toList();
	}

}
