package be.duaalatlas.content;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.programme.Programme;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.search.CatalogueQueries;
import be.duaalatlas.search.CatalogueSearch;
import be.duaalatlas.search.Documents;
import be.duaalatlas.search.SearchFilter;
import be.duaalatlas.search.Shown;
import be.duaalatlas.stakeholder.Stakeholder;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.search.Sort;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Key messages (Actions 18, 18.1), good practices (Action 17) and the Brussels
 * equivalences (Action 18).
 */
@Controller
class ContentController {

	private final CatalogueSearch search;

	private final Documents documents;

	private final ObjectMapper json;

	ContentController(CatalogueSearch search, Documents documents, ObjectMapper json) {
		this.search = search;
		this.documents = documents;
		this.json = json;
	}

	@QueryMapping
	Connection<ContentItem> keyMessages(@Argument Audience audience, @Argument Topic topic, @Argument Language lang,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		return texts(SearchFilter.of(Kind.KEY_MESSAGE).withAudience(audience), topic, Languages.of(lang, env), first,
				after);
	}

	@QueryMapping
	Connection<ContentItem> goodPractices(@Argument String sector, @Argument Language lang, @Argument Integer first,
			@Argument String after, DataFetchingEnvironment env) {
		CatalogueQueries.checkSector(sector, "sector");
		return texts(SearchFilter.of(Kind.GOOD_PRACTICE).withSector(sector), null, Languages.of(lang, env), first,
				after);
	}

	@QueryMapping
	List<Equivalence> brusselsEquivalences(@Argument String programme, @Argument Language lang,
			DataFetchingEnvironment env) {
		return equivalences(programme == null ? null : List.of(programme), Languages.of(lang, env));
	}

	/**
	 * One search for the equivalences of every programme asked for at once, each in its
	 * programme's language.
	 */
	@BatchMapping(typeName = "Programme", field = "brusselsEquivalences")
	Map<Programme, List<Equivalence>> programmeEquivalences(List<Programme> programmes) {
		Query query = Query.of(q -> q.terms(t -> t.field("programme")
			.terms(v -> v.value(programmes.stream().map(p -> FieldValue.of(p.code())).distinct().toList()))));
		List<EquivalenceDocument> all = documents.find(EquivalenceDocument.KIND, query, 1000,
				EquivalenceDocument.class);
		Map<Programme, List<Equivalence>> result = new LinkedHashMap<>();
		programmes.forEach(p -> result.put(p,
				all.stream()
					.filter(doc -> doc.programme().equals(p.code()))
					.map(doc -> Equivalence.of(doc, p.lang()))
					.toList()));
		return result;
	}

	@BatchMapping(typeName = "Equivalence", field = "programme")
	Map<Equivalence, Programme> equivalenceProgramme(List<Equivalence> equivalences) {
		Map<String, ProgrammeDocument> docs = documents.byIds(ProgrammeDocument.KIND,
				equivalences.stream().map(Equivalence::programmeCode).toList(), ProgrammeDocument.class);
		Map<Equivalence, Programme> result = new LinkedHashMap<>();
		equivalences.forEach(e -> {
			if (docs.containsKey(e.programmeCode())) {
				result.put(e, Programme.of(docs.get(e.programmeCode()), e.lang()));
			}
		});
		return result;
	}

	@BatchMapping(typeName = "Equivalence", field = "flemishActors")
	Map<Equivalence, List<Stakeholder>> flemishActors(List<Equivalence> equivalences) {
		return actors(equivalences, true);
	}

	@BatchMapping(typeName = "Equivalence", field = "frenchActors")
	Map<Equivalence, List<Stakeholder>> frenchActors(List<Equivalence> equivalences) {
		return actors(equivalences, false);
	}

	private Connection<ContentItem> texts(SearchFilter filter, Topic topic, String lang, Integer first, String after) {
		PageRequest page = PageRequest.of(first, after);
		SearchResponse<ObjectNode> response = search.search(new CatalogueSearch.Request(null, filter, null, Sort.NAME,
				page, Shown.HITS, List.of(ContentDocument.KIND), topic == null ? null : List.of(topicClause(topic))));
		return Connection.of(response, page,
				hit -> ContentItem.of(json.convertValue(hit.source(), ContentDocument.class), lang));
	}

	private static Query topicClause(Topic topic) {
		return Query.of(q -> q.term(t -> t.field("topics").value(topic.name())));
	}

	private List<Equivalence> equivalences(List<String> programmes, String lang) {
		Query query = programmes == null ? Query.of(q -> q.matchAll(m -> m)) : Query.of(q -> q
			.terms(t -> t.field("programme").terms(v -> v.value(programmes.stream().map(FieldValue::of).toList()))));
		return documents.find(EquivalenceDocument.KIND, query, 1000, EquivalenceDocument.class)
			.stream()
			.map(doc -> Equivalence.of(doc, lang))
			.toList();
	}

	private Map<Equivalence, List<Stakeholder>> actors(List<Equivalence> equivalences, boolean flemish) {
		List<String> ids = equivalences.stream()
			.flatMap(e -> (flemish ? e.flemishActorIds() : e.frenchActorIds()).stream())
			.toList();
		Map<String, StakeholderDocument> docs = documents.byIds(StakeholderDocument.KIND, ids,
				StakeholderDocument.class);
		Map<Equivalence, List<Stakeholder>> result = new LinkedHashMap<>();
		equivalences.forEach(e -> result.put(e,
				(flemish ? e.flemishActorIds() : e.frenchActorIds()).stream()
					.filter(docs::containsKey)
					.map(id -> Stakeholder.of(docs.get(id), e.lang()))
					.toList()));
		return result;
	}

}
