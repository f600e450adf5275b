package be.duaalatlas.index;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Finality;
import be.duaalatlas.vocabulary.Grade;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The classification of each programme by its code (study domain, grade, finality), as
 * the facet values a record of that programme counts for: the names of the schema's
 * enums. Read from the programme records, which store the grade and finality as their
 * codes ({@code 2}, {@code AR}).
 */
public record ProgrammeClasses(Map<String, ProgrammeClass> byCode) {

	/** None: every programme code is unknown. */
	public static final ProgrammeClasses NONE = new ProgrammeClasses(Map.of());

	/** The fields in which records name programmes, the same the search filters on. */
	public static final List<String> CODE_FIELDS = List.of("code", "programmeCode", "programmeCodes", "programme");

	public ProgrammeClasses {
		byCode = Map.copyOf(byCode);
	}

	/** A programme's classification, each value null when the record has none. */
	public record ProgrammeClass(String studyDomain, String grade, String finality) {

		/** A programme record's classification. */
		public static ProgrammeClass of(JsonNode programme) {
			return new ProgrammeClass(text(programme, "studyDomain"),
					Coded.fromCode(Grade.class, text(programme, "grade")).map(Enum::name).orElse(null),
					Coded.fromCode(Finality.class, text(programme, "finality")).map(Enum::name).orElse(null));
		}

		private static String text(JsonNode programme, String field) {
			JsonNode value = programme.path(field);
			return value.isTextual() && !value.asText().isEmpty() ? value.asText() : null;
		}

	}

	/** From programme records (with {@code code}, {@code studyDomain}, ...). */
	public static ProgrammeClasses of(Collection<? extends JsonNode> programmes) {
		Map<String, ProgrammeClass> byCode = new HashMap<>();
		for (JsonNode programme : programmes) {
			String code = programme.path("code").asText(null);
			if (code != null) {
				byCode.put(code, ProgrammeClass.of(programme));
			}
		}
		return new ProgrammeClasses(byCode);
	}

	/** The codes whose classification differs between the two (added and removed too). */
	public Set<String> changedSince(ProgrammeClasses before) {
		Set<String> changed = new java.util.TreeSet<>();
		byCode.forEach((code, now) -> {
			if (!now.equals(before.byCode.get(code))) {
				changed.add(code);
			}
		});
		before.byCode.keySet().stream().filter(code -> !byCode.containsKey(code)).forEach(changed::add);
		return changed;
	}

	ProgrammeClass of(String code) {
		return byCode.get(code);
	}

}
