package be.duaalatlas.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.search.CatalogueQueries;
import be.duaalatlas.search.CatalogueSearch;
import be.duaalatlas.search.Documents;
import be.duaalatlas.search.Near;
import be.duaalatlas.search.ProgrammeCodes;
import be.duaalatlas.search.ResolvedNear;
import be.duaalatlas.search.SearchFilter;
import be.duaalatlas.search.Shown;
import be.duaalatlas.search.Sort;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.QualificationCodes;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/** Programmes, qualifications and offerings in the schema. */
@Controller
class ProgrammeController {

	private final CatalogueSearch search;

	private final CatalogueQueries queries;

	private final Documents documents;

	private final ObjectMapper json;

	private final ProgrammeCodes programmeCodes;

	ProgrammeController(CatalogueSearch search, CatalogueQueries queries, Documents documents, ObjectMapper json,
			ProgrammeCodes programmeCodes) {
		this.search = search;
		this.queries = queries;
		this.documents = documents;
		this.json = json;
		this.programmeCodes = programmeCodes;
	}

	@QueryMapping
	Connection<Programme> programmes(@Argument String text, @Argument SearchFilter filter, @Argument Language lang,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after);
		String language = Languages.of(lang, env);
		SearchResponse<ObjectNode> response = search
			.search(new CatalogueSearch.Request(text, SearchFilter.orNone(filter).withKinds(List.of(Kind.PROGRAMME)),
					null, Sort.RELEVANCE, page, Shown.of(env)));
		return Connection.of(response, page, hit -> Programme.of(programme(hit.source()), language));
	}

	@QueryMapping
	Programme programme(@Argument String code, @Argument Language lang, DataFetchingEnvironment env) {
		return documents.byId(ProgrammeDocument.KIND, code, ProgrammeDocument.class)
			.map(doc -> Programme.of(doc, Languages.of(lang, env)))
			.orElseThrow(() -> new NotFoundException("code", "no programme with code '" + code + "'"));
	}

	@QueryMapping
	QualificationView qualification(@Argument String id, @Argument Language lang, DataFetchingEnvironment env) {
		String language = Languages.of(lang, env);
		List<Programme> programmes = programmesLeadingTo(List.of(id), language).get(id);
		if (programmes.isEmpty()) {
			throw new NotFoundException("id", "no programme leads to a qualification with id '" + id + "'");
		}
		String name = programmes.get(0)
			.qualifications()
			.stream()
			.filter(q -> q.id().equals(id))
			.findFirst()
			.map(ProgrammeDocument.Qualification::name)
			.orElse(id);
		return new QualificationView(id, name, programmes, language);
	}

	@SchemaMapping(typeName = "Programme", field = "offerings")
	Connection<Offering> offerings(Programme programme, @Argument Near near, @Argument Integer first,
			@Argument String after) {
		PageRequest page = PageRequest.of(first, after);
		ResolvedNear centre = ResolvedNear.of(near, queries.gazetteer(), "near");
		SearchResponse<ObjectNode> response = search
			.search(new CatalogueSearch.Request(null, SearchFilter.of(Kind.OFFERING).withProgramme(programme.code()),
					centre, centre == null ? Sort.NAME : Sort.DISTANCE, page, Shown.HITS));
		return Connection.of(response, page, hit -> {
			OfferingDocument doc = json.convertValue(hit.source(), OfferingDocument.class);
			return Offering.of(doc, programme.lang(),
					centre == null || doc.location() == null ? null : centre.distanceTo(doc.location()));
		});
	}

	@SchemaMapping(typeName = "Programme", field = "qualifications")
	List<QualificationView> qualifications(Programme programme) {
		return programme.qualifications()
			.stream()
			.map(q -> new QualificationView(q.id(), q.name(), null, programme.lang()))
			.toList();
	}

	/**
	 * The programmes of every qualification on the page: the codes from memory, the
	 * programmes in one multi-get.
	 */
	@BatchMapping(typeName = "Qualification", field = "programmes")
	Map<QualificationView, List<Programme>> qualificationProgrammes(List<QualificationView> qualifications) {
		Map<QualificationView, List<Programme>> result = new LinkedHashMap<>();
		List<QualificationView> toLoad = new ArrayList<>();
		qualifications.forEach(q -> {
			if (q.programmes() != null) {
				result.put(q, q.programmes());
			}
			else {
				toLoad.add(q);
			}
		});
		Map<String, List<String>> codes = programmeCodes
			.byQualification(toLoad.stream().map(QualificationView::id).distinct().toList());
		Map<String, ProgrammeDocument> docs = documents.byIds(ProgrammeDocument.KIND,
				codes.values().stream().flatMap(List::stream).distinct().toList(), ProgrammeDocument.class);
		toLoad.forEach(q -> result.put(q, programmes(codes.get(q.id()), docs, q.lang())));
		return result;
	}

	/**
	 * The programmes leading to each qualification, by Dutch name; one multi-get for all.
	 */
	private Map<String, List<Programme>> programmesLeadingTo(List<String> ids, String lang) {
		Map<String, List<String>> codes = programmeCodes.byQualification(ids);
		Map<String, ProgrammeDocument> docs = documents.byIds(ProgrammeDocument.KIND,
				codes.values().stream().flatMap(List::stream).distinct().toList(), ProgrammeDocument.class);
		Map<String, List<Programme>> result = new LinkedHashMap<>();
		codes.forEach((id, forId) -> result.put(id, programmes(forId, docs, lang)));
		return result;
	}

	/**
	 * The programmes of these codes that still exist (a programme may go between two
	 * imports), by Dutch name.
	 */
	private static List<Programme> programmes(List<String> codes, Map<String, ProgrammeDocument> docs, String lang) {
		return codes.stream()
			.map(docs::get)
			.filter(Objects::nonNull)
			.sorted(Comparator.comparing((ProgrammeDocument doc) -> doc.name().nl())
				.thenComparing(ProgrammeDocument::code))
			.map(doc -> Programme.of(doc, lang))
			.toList();
	}

	/** One multi-get for the programmes of a whole page of offerings. */
	@BatchMapping(typeName = "Offering", field = "programme")
	Map<Offering, Programme> offeringProgramme(List<Offering> offerings) {
		Map<String, ProgrammeDocument> docs = documents.byIds(ProgrammeDocument.KIND,
				offerings.stream().map(Offering::programmeCode).toList(), ProgrammeDocument.class);
		Map<Offering, Programme> result = new LinkedHashMap<>();
		// a programme gone since the offering was read has no entry: its field is null, a
		// typed error
		offerings.stream()
			.filter(o -> docs.containsKey(o.programmeCode()))
			.forEach(o -> result.put(o, Programme.of(docs.get(o.programmeCode()), o.lang())));
		return result;
	}

	private ProgrammeDocument programme(ObjectNode source) {
		return json.convertValue(source, ProgrammeDocument.class);
	}

	/**
	 * The GraphQL {@code Qualification}; its programmes are loaded when asked for, in
	 * {@code lang}.
	 */
	record QualificationView(String id, String name, List<Programme> programmes, String lang) {

		/**
		 * Its code in the Flemish qualifications database, only where a cited public
		 * source gave it.
		 */
		public String code() {
			return QualificationCodes.of(id).orElse(null);
		}

	}

}
