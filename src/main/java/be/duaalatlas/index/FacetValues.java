package be.duaalatlas.index;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What a searchable document counts for in the facets, computed once when it is written
 * (by the import, a partner's write and the journal's re-application) into the keyword
 * fields {@code facets.kind}, {@code facets.regions}, {@code facets.sectors},
 * {@code facets.studyDomains}, {@code facets.grades} and {@code facets.finalities}, so
 * that the search counts them with one {@code terms} aggregation each instead of a filter
 * per value over the whole result. Each value set is what the search filter of the same
 * name matches (CatalogueQueries): the facet count of a value is the total of that
 * filter. The classification values come from the programmes the record names
 * ({@link ProgrammeClasses}, a programme's from itself): when an import changes a
 * programme's classification, the records that name it are written again
 * ({@code ingest}). Whether a workplace is looking for a learner is not here: it ages out
 * with the day.
 */
public final class FacetValues {

	/** The object field that holds them. */
	public static final String FIELD = "facets";

	/** Kinds whose records without sectors serve every sector. */
	public static final List<Kind> SERVE_EVERY_SECTOR = List.of(Kind.STAKEHOLDER, Kind.SUPPORT_SERVICE,
			Kind.KEY_MESSAGE, Kind.GOOD_PRACTICE);

	private static final List<String> EVERY_SECTOR = Coded.codes(Sector.class).stream().sorted().toList();

	private final ProgrammeClasses programmes;

	/** With the classification of the programmes that records name. */
	public FacetValues(ProgrammeClasses programmes) {
		this.programmes = programmes;
	}

	/**
	 * The facet values of a whole document, or null when it is of no searchable kind
	 * (places, equivalences): every field is written, an empty list too, so that a
	 * partial update replaces the values it had.
	 */
	public ObjectNode of(JsonNode document) {
		Kind kind = kind(document);
		if (kind == null) {
			return null;
		}
		ObjectNode facets = JsonNodeFactory.instance.objectNode();
		facets.put("kind", kind.name());
		facets.set("regions", array(regions(document)));
		facets.set("sectors", array(sectors(document, kind)));
		Set<String> studyDomains = new java.util.TreeSet<>();
		Set<String> grades = new java.util.TreeSet<>();
		Set<String> finalities = new java.util.TreeSet<>();
		for (ProgrammeClasses.ProgrammeClass programme : classes(document, kind)) {
			addIfPresent(studyDomains, programme.studyDomain());
			addIfPresent(grades, programme.grade());
			addIfPresent(finalities, programme.finality());
		}
		facets.set("studyDomains", array(studyDomains));
		facets.set("grades", array(grades));
		facets.set("finalities", array(finalities));
		return facets;
	}

	/** The document with its facet values set (in place); returned for chaining. */
	public ObjectNode addTo(ObjectNode document) {
		ObjectNode facets = of(document);
		if (facets != null) {
			document.set(FIELD, facets);
		}
		return document;
	}

	/**
	 * A partial update with the facet values of the whole record it makes (set in place);
	 * returned for chaining.
	 */
	public ObjectNode addTo(ObjectNode partial, JsonNode whole) {
		ObjectNode facets = of(whole);
		if (facets != null) {
			partial.set(FIELD, facets);
		}
		return partial;
	}

	private static Kind kind(JsonNode document) {
		String indexKind = document.path("kind").asText(null);
		if (indexKind == null) {
			return null;
		}
		try {
			Kind kind = Kind.of(indexKind, document.path("contentType").asText(null));
			return Kind.searchable().contains(kind) ? kind : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * A located record (offerings, workplaces) is in the regions it names; a record that
	 * serves an area (stakeholders, services, texts) serves every province of a region it
	 * names as well.
	 */
	static Set<String> regions(JsonNode document) {
		Set<String> regions = new LinkedHashSet<>();
		boolean located = present(document.path("location"));
		for (String value : values(document.path("regions"))) {
			regions.add(value);
			if (!located) {
				Region.flemishProvinces()
					.stream()
					.filter(province -> province.partOf().name().equals(value))
					.forEach(province -> regions.add(province.name()));
			}
		}
		return regions;
	}

	/** Its sectors; none, for a kind that serves every sector then, means all of them. */
	static Set<String> sectors(JsonNode document, Kind kind) {
		Set<String> sectors = new LinkedHashSet<>(values(document.path("sectors")));
		if (sectors.isEmpty() && SERVE_EVERY_SECTOR.contains(kind)) {
			sectors.addAll(EVERY_SECTOR);
		}
		return sectors;
	}

	/**
	 * The classifications of the programmes a record names in any of the fields the
	 * search's programme filter looks at; a programme's own code is classified by its own
	 * fields (during its import the live classification is the one it replaces).
	 */
	private List<ProgrammeClasses.ProgrammeClass> classes(JsonNode document, Kind kind) {
		List<ProgrammeClasses.ProgrammeClass> classes = new java.util.ArrayList<>();
		String own = kind == Kind.PROGRAMME ? document.path("code").asText(null) : null;
		if (own != null) {
			classes.add(ProgrammeClasses.ProgrammeClass.of(document));
		}
		for (String field : ProgrammeClasses.CODE_FIELDS) {
			for (String code : values(document.path(field))) {
				ProgrammeClasses.ProgrammeClass programme = code.equals(own) ? null : programmes.of(code);
				if (programme != null) {
					classes.add(programme);
				}
			}
		}
		return classes;
	}

	private static void addIfPresent(Set<String> values, String value) {
		if (value != null) {
			values.add(value);
		}
	}

	/** A keyword field's values: the engine takes one value or a list alike. */
	private static List<String> values(JsonNode field) {
		if (field.isTextual()) {
			return List.of(field.asText());
		}
		List<String> values = new java.util.ArrayList<>();
		field.forEach(value -> {
			if (value.isTextual()) {
				values.add(value.asText());
			}
		});
		return values;
	}

	private static boolean present(JsonNode value) {
		return !value.isMissingNode() && !value.isNull();
	}

	private static ArrayNode array(Set<String> values) {
		ArrayNode array = JsonNodeFactory.instance.arrayNode();
		values.forEach(array::add);
		return array;
	}

}
