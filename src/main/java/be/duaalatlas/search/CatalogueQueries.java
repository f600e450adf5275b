package be.duaalatlas.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.index.FacetValues;
import be.duaalatlas.index.ProgrammeClasses;
import be.duaalatlas.place.Gazetteer;
import be.duaalatlas.vocabulary.Coded;
import be.duaalatlas.vocabulary.InstitutionNumber;
import be.duaalatlas.vocabulary.KboNumber;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.QualificationCodes;
import be.duaalatlas.vocabulary.RecognitionStatus;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.ChildScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TermQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;

import org.springframework.stereotype.Component;

/**
 * Builds the engine queries shared by every search: the free-text part (in the words
 * pupils use) and the filters, checked first so that an impossible combination is a
 * BAD_REQUEST naming the argument, not an empty page.
 */
@Component
public class CatalogueQueries {

	public static final int MAX_TEXT = 200;

	/**
	 * The combined search fields every searchable index fills with copy_to (see
	 * search-mappings/): the names and aliases of a record per language, and its longer
	 * texts per language. Six fields instead of one per source field keep the synonym
	 * expansion of a pupil's word to a few term queries.
	 */
	static final List<String> TEXT_FIELDS = List.of("names.nl^3", "names.fr^3", "names.en^3", "texts.nl", "texts.fr",
			"texts.en");

	/**
	 * Names and aliases of every language folded but unstemmed, matched with edit
	 * distance for typos.
	 */
	static final String FUZZY_FIELD = "names.folded";

	private final ProgrammeCodes programmes;

	private final Gazetteer gazetteer;

	private final Availability availability;

	CatalogueQueries(ProgrammeCodes programmes, Gazetteer gazetteer, Availability availability) {
		this.programmes = programmes;
		this.gazetteer = gazetteer;
		this.availability = availability;
	}

	Availability availability() {
		return availability;
	}

	/**
	 * The programme codes a filter's programme attributes leave, or null when it has
	 * none.
	 */
	java.util.Set<String> programmeCodes(SearchFilter filter) {
		SearchFilter f = SearchFilter.orNone(filter);
		return f.hasProgrammeAttributes() ? programmes.matching(f) : null;
	}

	public Gazetteer gazetteer() {
		return gazetteer;
	}

	/**
	 * What highlighting looks for, or null: the words as analysed, without the typo and
	 * prefix matches. Highlighting a typo match builds an automaton per field for every
	 * hit (seconds a page under load); a hit found only through a typo gets no highlight.
	 */
	public Query highlight(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String q = text.strip();
		return Query.of(t -> t.multiMatch(m -> m.query(q).fields(TEXT_FIELDS).type(TextQueryType.BestFields)));
	}

	/**
	 * The free-text query, or null when there is no text: the words as analysed (stemmed,
	 * folded, pupil-word synonyms) on the combined fields, plus the start of a name for
	 * the search-as-you-type box, and a typo match on the folded names (the first two
	 * letters must be right and a word expands to at most ten others) at half weight, for
	 * the records the words as analysed do not find only: what was typed right scores as
	 * it did without typos, and a search is one request to the engine, not a second one
	 * when the first found little.
	 */
	public Query text(String text, String argument) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String q = text.strip();
		if (q.length() > MAX_TEXT) {
			throw new BadArgumentException(argument,
					"'" + argument + "' may have at most " + MAX_TEXT + " characters, had " + q.length());
		}
		Query asTyped = Query
			.of(m -> m.multiMatch(t -> t.query(q).fields(TEXT_FIELDS).type(TextQueryType.BestFields).tieBreaker(0.3)));
		return Query.of(t -> t.bool(b -> {
			b.should(asTyped).should(s -> s.match(m -> m.field("name.nl.prefix").query(q).boost(0.3f)));
			b.should(s -> s.bool(typo -> typo.must(m -> m.match(
					f -> f.field(FUZZY_FIELD).query(q).fuzziness("AUTO").prefixLength(2).maxExpansions(10).boost(0.5f)))
				.mustNot(asTyped)));
			// an official number typed in any usual writing finds its records first
			officialNumbers(q).forEach(number -> b.should(s -> s.term(number)));
			if (q.indexOf(' ') > 0) {
				// a record that has every word of a longer query (a company's or a text's
				// name) beats one that has one
				b.should(s -> s.multiMatch(m -> m.query(q)
					.fields(TEXT_FIELDS)
					.type(TextQueryType.BestFields)
					.operator(Operator.And)
					.boost(2f)));
			}
			return b.minimumShouldMatch("1");
		}));
	}

	/**
	 * The official numbers in a text (the whole text, or one of its words), each as a
	 * term on the field that holds it in the index's written form: enterprise and
	 * establishment unit numbers read by the KBO's rule ({@link KboNumber}), a school's
	 * number ({@link InstitutionNumber}) as its offerings, and the code of a professional
	 * qualification ({@link QualificationCodes}) as the programmes that lead to it.
	 */
	static List<TermQuery> officialNumbers(String text) {
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(text);
		candidates.addAll(List.of(text.split("\\s+")));
		List<TermQuery> terms = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (String candidate : candidates) {
			KboNumber.Reading enterprise = KboNumber.readEnterprise(candidate);
			if (enterprise.valid() && seen.add(enterprise.number())) {
				terms.add(numberTerm("enterpriseNumber", enterprise.number()));
			}
			KboNumber.Reading establishment = KboNumber.readEstablishment(candidate);
			if (establishment.valid() && seen.add(establishment.number())) {
				terms.add(numberTerm("establishmentNumber", establishment.number()));
			}
			String school = InstitutionNumber.read(candidate);
			if (school != null && seen.add(school)) {
				terms.add(numberTerm("provider.institutionNumber", school));
			}
			QualificationCodes.read(candidate)
				.flatMap(QualificationCodes::qualificationOf)
				.filter(seen::add)
				.ifPresent(id -> terms.add(numberTerm("qualifications.id", id)));
		}
		return terms;
	}

	private static TermQuery numberTerm(String field, String number) {
		return TermQuery.of(t -> t.field(field).value(number).boost(10f));
	}

	/**
	 * The filter clauses of a search, all to be met (kinds excluded: see {@link #kinds}).
	 * @param path the filter argument's path for errors, e.g. {@code filter}
	 */
	public List<Query> filters(SearchFilter filter, ResolvedNear near, String path) {
		SearchFilter f = SearchFilter.orNone(filter);
		check(f, near, path);
		List<Query> clauses = new ArrayList<>();
		if (f.hasProgrammeAttributes()) {
			Set<String> codes = programmes.matching(f);
			List<FieldValue> values = codes.stream().map(FieldValue::of).toList();
			// the fields in which records name programmes, as the facets read them
			clauses.add(Query.of(q -> q.bool(b -> {
				ProgrammeClasses.CODE_FIELDS
					.forEach(field -> b.should(s -> s.terms(t -> t.field(field).terms(v -> v.value(values)))));
				return b.minimumShouldMatch("1");
			})));
		}
		if (f.sectors() != null && !f.sectors().isEmpty()) {
			List<FieldValue> values = f.sectors().stream().map(FieldValue::of).toList();
			List<FieldValue> forEverySector = Kind.indexKinds(FacetValues.SERVE_EVERY_SECTOR)
				.stream()
				.map(FieldValue::of)
				.toList();
			clauses.add(Query
				.of(q -> q.bool(b -> b.should(s -> s.terms(t -> t.field("sectors").terms(v -> v.value(values))))
					.should(s -> s.bool(n -> n.mustNot(m -> m.exists(e -> e.field("sectors")))
						.filter(k -> k.terms(t -> t.field("kind").terms(v -> v.value(forEverySector))))))
					.minimumShouldMatch("1"))));
		}
		if (f.regions() != null && !f.regions().isEmpty()) {
			clauses.add(regions(f.regions()));
		}
		if (f.municipality() != null) {
			Gazetteer.Area area = gazetteer.municipality(f.municipality())
				.orElseThrow(() -> new BadArgumentException(path + ".municipality",
						"unknown municipality '" + f.municipality() + "' in Flanders or Brussels"));
			List<FieldValue> postcodes = gazetteer.postcodesOf(f.municipality()).stream().map(FieldValue::of).toList();
			List<FieldValue> values = postcodes.isEmpty() ? List.of(FieldValue.of(area.postcode())) : postcodes;
			clauses.add(Query.of(q -> q.terms(t -> t.field("postcode").terms(v -> v.value(values)))));
		}
		if (f.rtcArea() != null) {
			clauses.add(Query.of(q -> q.term(t -> t.field("rtcArea").value(f.rtcArea()))));
		}
		if (f.audience() != null) {
			clauses.add(Query.of(q -> q.term(t -> t.field("audiences").value(f.audience().name()))));
		}
		if (f.step() != null) {
			clauses.add(Query.of(q -> q.term(t -> t.field("steps").value(f.step().name()))));
		}
		if (f.language() != null) {
			clauses.add(Query.of(q -> q.term(t -> t.field("languages").value(f.language().code()))));
		}
		if (f.recognisedBy() != null) {
			clauses.add(Query.of(q -> q.term(t -> t.field("partnerships").value(f.recognisedBy()))));
		}
		if (f.recognitionValidOn() != null) {
			String day = f.recognitionValidOn();
			clauses.add(Query.of(q -> q.nested(n -> n.path("recognitions")
				.scoreMode(ChildScoreMode.None)
				.query(r -> r.bool(b -> b
					.filter(x -> x.term(t -> t.field("recognitions.status").value(RecognitionStatus.ACTIVE.name())))
					.filter(x -> x.range(g -> g.date(d -> d.field("recognitions.validFrom").lte(day))))
					.filter(x -> x.range(g -> g.date(d -> d.field("recognitions.validUntil").gte(day)))))))));
		}
		if (f.enterpriseNumber() != null) {
			String number = officialNumber(KboNumber.readEnterprise(f.enterpriseNumber()), path + ".enterpriseNumber");
			clauses.add(Query.of(q -> q.term(t -> t.field("enterpriseNumber").value(number))));
		}
		if (f.establishmentNumber() != null) {
			String number = officialNumber(KboNumber.readEstablishment(f.establishmentNumber()),
					path + ".establishmentNumber");
			clauses.add(Query.of(q -> q.term(t -> t.field("establishmentNumber").value(number))));
		}
		if (f.institutionNumber() != null) {
			String number = InstitutionNumber.read(f.institutionNumber());
			if (number == null) {
				throw new BadArgumentException(path + ".institutionNumber",
						InstitutionNumber.problem(f.institutionNumber()));
			}
			clauses.add(Query.of(q -> q.term(t -> t.field("provider.institutionNumber").value(number))));
		}
		if (f.lookingForLearner() != null) {
			// what the company says while it holds: a workplace that said nothing, or did
			// not confirm it in time, matches neither true nor false
			clauses.add(availability.says(f.lookingForLearner()));
		}
		if (near != null) {
			clauses.add(Query.of(q -> q.geoDistance(g -> g.field("location")
				.distance(near.radiusKm() + "km")
				.location(l -> l.latlon(ll -> ll.lat(near.centre().lat()).lon(near.centre().lon()))))));
		}
		return clauses;
	}

	/**
	 * The kinds clause (kept apart so that the kinds facet can ignore it), or null for
	 * every kind.
	 */
	public Query kinds(List<Kind> kinds) {
		if (kinds == null || kinds.isEmpty()) {
			return null;
		}
		return Query.of(q -> q.bool(b -> {
			for (Kind kind : kinds) {
				b.should(kind(kind));
			}
			return b.minimumShouldMatch("1");
		}));
	}

	/** The records of one kind: its index kind and, for texts, its content type. */
	static Query kind(Kind kind) {
		if (kind.contentType() == null) {
			return Query.of(q -> q.term(t -> t.field("kind").value(kind.indexKind())));
		}
		return Query.of(q -> q.bool(b -> b.filter(x -> x.term(t -> t.field("kind").value(kind.indexKind())))
			.filter(x -> x.term(t -> t.field("contentType").value(kind.contentType().name())))));
	}

	/**
	 * Located records match a region or province they are in; service-area records
	 * (stakeholders, services, texts) also match a province when they serve the whole
	 * region it is part of.
	 */
	static Query regions(List<Region> regions) {
		Set<Region> widened = new java.util.LinkedHashSet<>(regions);
		regions.stream().filter(r -> r.partOf() != null).forEach(r -> widened.add(r.partOf()));
		List<FieldValue> exact = regions.stream().map(r -> FieldValue.of(r.name())).toList();
		List<FieldValue> serving = widened.stream().map(r -> FieldValue.of(r.name())).toList();
		return Query.of(q -> q.bool(b -> b
			.should(s -> s.bool(x -> x.filter(e -> e.exists(ex -> ex.field("location")))
				.filter(t -> t.terms(tt -> tt.field("regions").terms(v -> v.value(exact))))))
			.should(s -> s.bool(x -> x.mustNot(e -> e.exists(ex -> ex.field("location")))
				.filter(t -> t.terms(tt -> tt.field("regions").terms(v -> v.value(serving))))))
			.minimumShouldMatch("1")));
	}

	private void check(SearchFilter f, ResolvedNear near, String path) {
		List<Kind> kinds = f.kinds() == null || f.kinds().isEmpty() ? Kind.searchable() : f.kinds();
		requireKind(f.lookingForLearner() != null, kinds, Kind.WORKPLACE, path + ".lookingForLearner");
		requireKind(f.recognisedBy() != null, kinds, Kind.WORKPLACE, path + ".recognisedBy");
		requireKind(f.recognitionValidOn() != null, kinds, Kind.WORKPLACE, path + ".recognitionValidOn");
		requireKind(f.enterpriseNumber() != null, kinds, Kind.WORKPLACE, path + ".enterpriseNumber");
		requireKind(f.establishmentNumber() != null, kinds, Kind.WORKPLACE, path + ".establishmentNumber");
		requireKind(f.institutionNumber() != null, kinds, Kind.OFFERING, path + ".institutionNumber");
		if (f.step() != null && !kinds.contains(Kind.SUPPORT_SERVICE)) {
			throw new BadArgumentException(path + ".step",
					"step only applies to SUPPORT_SERVICE, which kinds " + kinds + " leave out");
		}
		if (near != null && kinds.stream().noneMatch(Kind::isLocated)) {
			throw new BadArgumentException("near",
					"near only applies to located kinds " + Kind.located() + ", which kinds " + kinds + " leave out");
		}
		if (f.recognitionValidOn() != null) {
			try {
				// the engine's dates are years 0000-9999: a longer year ("+10000-01-01")
				// is not a date here
				if (!f.recognitionValidOn().matches("\\d{4}-\\d{2}-\\d{2}")) {
					throw new DateTimeParseException("not YYYY-MM-DD", f.recognitionValidOn(), 0);
				}
				LocalDate.parse(f.recognitionValidOn());
			}
			catch (DateTimeParseException ex) {
				throw new BadArgumentException(path + ".recognitionValidOn",
						"recognitionValidOn '" + f.recognitionValidOn() + "' is not a date (YYYY-MM-DD)");
			}
		}
		if (f.sectors() != null) {
			f.sectors().forEach(sector -> checkSector(sector, path + ".sectors"));
		}
		if (f.programme() != null && !programmes.exists(f.programme())) {
			throw new BadArgumentException(path + ".programme", "unknown programme code '" + f.programme() + "'");
		}
		if (f.qualification() != null && !programmes.qualificationExists(f.qualification())) {
			throw new BadArgumentException(path + ".qualification",
					"unknown qualification '" + f.qualification() + "'");
		}
	}

	/**
	 * @throws BadArgumentException naming {@code argument} when {@code sector} is not a
	 * sector code of the catalogue
	 */
	public static void checkSector(String sector, String argument) {
		if (sector != null && Coded.fromCode(Sector.class, sector).isEmpty()) {
			throw new BadArgumentException(argument, "unknown sector '" + sector + "'; sectors are "
					+ Coded.codes(Sector.class).stream().sorted().toList());
		}
	}

	/**
	 * The number in the index's written form, or a BAD_REQUEST naming the argument.
	 */
	private static String officialNumber(KboNumber.Reading reading, String argument) {
		if (!reading.valid()) {
			throw new BadArgumentException(argument, reading.problem());
		}
		return reading.number();
	}

	private static void requireKind(boolean used, List<Kind> kinds, Kind kind, String argument) {
		if (used && !kinds.contains(kind)) {
			String name = argument.substring(argument.lastIndexOf('.') + 1);
			throw new BadArgumentException(argument,
					name + " only applies to " + kind + ", which kinds " + kinds + " leave out");
		}
	}

}
