package be.duaalatlas.workplace;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.programme.Offering;
import be.duaalatlas.programme.Programme;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.search.CatalogueQueries;
import be.duaalatlas.search.CatalogueSearch;
import be.duaalatlas.search.Documents;
import be.duaalatlas.search.Near;
import be.duaalatlas.search.ResolvedNear;
import be.duaalatlas.search.SearchFilter;
import be.duaalatlas.search.Shown;
import be.duaalatlas.stakeholder.Stakeholder;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.search.Sort;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * Recognised workplaces: the school's question ("which recognised workplaces for
 * programme X are near our campus, and which are looking for a learner"), and the links
 * programme → workplaces, offering → workplaces near it, recognition → programme and
 * partnership (batched: one multi-get per page, whatever its size).
 */
@Controller
class WorkplaceController {

	private final CatalogueSearch search;

	private final CatalogueQueries queries;

	private final Documents documents;

	private final ObjectMapper json;

	WorkplaceController(CatalogueSearch search, CatalogueQueries queries, Documents documents, ObjectMapper json) {
		this.search = search;
		this.queries = queries;
		this.documents = documents;
		this.json = json;
	}

	@QueryMapping
	Connection<Workplace> workplaces(@Argument SearchFilter filter, @Argument Near near, @Argument Sort sort,
			@Argument Language lang, @Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		ResolvedNear centre = ResolvedNear.of(near, queries.gazetteer(), "near");
		return page(SearchFilter.orNone(filter), centre, sort, Languages.of(lang, env), first, after);
	}

	@QueryMapping
	Workplace workplace(@Argument String establishmentNumber, @Argument Language lang, DataFetchingEnvironment env) {
		return documents.byId(WorkplaceDocument.KIND, establishmentNumber, WorkplaceDocument.class)
			.map(doc -> Workplace.of(doc, Languages.of(lang, env), null))
			.orElseThrow(() -> new NotFoundException("establishmentNumber",
					"no recognised workplace with establishment number '" + establishmentNumber + "'"));
	}

	@SchemaMapping(typeName = "Programme", field = "workplaces")
	Connection<Workplace> programmeWorkplaces(Programme programme, @Argument Near near, @Argument SearchFilter filter,
			@Argument Integer first, @Argument String after) {
		ResolvedNear centre = ResolvedNear.of(near, queries.gazetteer(), "near");
		return page(SearchFilter.orNone(filter).withProgramme(programme.code()), centre, Sort.LOOKING_FIRST,
				programme.lang(), first, after);
	}

	@SchemaMapping(typeName = "Offering", field = "recognisedWorkplaces")
	Connection<Workplace> offeringWorkplaces(Offering offering, @Argument Double radiusKm,
			@Argument SearchFilter filter, @Argument Integer first, @Argument String after) {
		Near around = new Near(null, null, offering.location().lat(), offering.location().lon(), radiusKm);
		ResolvedNear centre = ResolvedNear.of(around, queries.gazetteer(), "radiusKm");
		return page(SearchFilter.orNone(filter).withProgramme(offering.programmeCode()), centre, Sort.LOOKING_FIRST,
				offering.lang(), first, after);
	}

	/** One multi-get for the programmes of every recognition on the page. */
	@BatchMapping(typeName = "Recognition", field = "programme")
	Map<Workplace.RecognitionView, Programme> recognitionProgramme(List<Workplace.RecognitionView> recognitions) {
		Map<String, ProgrammeDocument> docs = documents.byIds(ProgrammeDocument.KIND,
				recognitions.stream().map(Workplace.RecognitionView::programmeCode).toList(), ProgrammeDocument.class);
		Map<Workplace.RecognitionView, Programme> result = new LinkedHashMap<>();
		recognitions.forEach(r -> {
			ProgrammeDocument doc = docs.get(r.programmeCode());
			if (doc != null) {
				result.put(r, Programme.of(doc, r.lang()));
			}
		});
		return result;
	}

	/**
	 * One multi-get for the recognising partnerships of every recognition on the page.
	 */
	@BatchMapping(typeName = "Recognition", field = "partnership")
	Map<Workplace.RecognitionView, Stakeholder> recognitionPartnership(List<Workplace.RecognitionView> recognitions) {
		Map<String, StakeholderDocument> docs = documents.byIds(StakeholderDocument.KIND,
				recognitions.stream().map(Workplace.RecognitionView::partnershipId).toList(),
				StakeholderDocument.class);
		Map<Workplace.RecognitionView, Stakeholder> result = new LinkedHashMap<>();
		recognitions.forEach(r -> {
			StakeholderDocument doc = docs.get(r.partnershipId());
			if (doc != null) {
				result.put(r, Stakeholder.of(doc, r.lang()));
			}
		});
		return result;
	}

	private Connection<Workplace> page(SearchFilter filter, ResolvedNear centre, Sort sort, String lang, Integer first,
			String after) {
		PageRequest page = PageRequest.of(first, after);
		SearchResponse<ObjectNode> response = search
			.search(new CatalogueSearch.Request(null, filter.withKinds(List.of(Kind.WORKPLACE)), centre,
					sort == null ? Sort.LOOKING_FIRST : sort, page, Shown.HITS));
		return Connection.of(response, page, hit -> {
			WorkplaceDocument doc = json.convertValue(hit.source(), WorkplaceDocument.class);
			return Workplace.of(doc, lang,
					centre == null || doc.location() == null ? null : centre.distanceTo(doc.location()));
		});
	}

}
