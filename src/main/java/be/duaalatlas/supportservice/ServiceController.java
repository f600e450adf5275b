package be.duaalatlas.supportservice;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.search.CatalogueQueries;
import be.duaalatlas.search.CatalogueSearch;
import be.duaalatlas.search.Documents;
import be.duaalatlas.search.Near;
import be.duaalatlas.search.ResolvedNear;
import be.duaalatlas.search.SearchFilter;
import be.duaalatlas.search.Shown;
import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.stakeholder.Stakeholder;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.search.Sort;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.ProcessStep;
import be.duaalatlas.vocabulary.Region;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import reactor.core.publisher.Mono;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;

/**
 * "Who helps me" (Action 15): support services by audience, process step and place, with
 * who offers them.
 */
@Controller
class ServiceController {

	private static final String SERVICES_OF = "stakeholderServices";

	private final CatalogueSearch search;

	private final CatalogueQueries queries;

	private final Documents documents;

	private final ObjectMapper json;

	@SuppressWarnings({ "rawtypes", "unchecked" })
	ServiceController(CatalogueSearch search, CatalogueQueries queries, Documents documents, ObjectMapper json,
			BatchLoaderRegistry loaders) {
		this.search = search;
		this.queries = queries;
		this.documents = documents;
		this.json = json;
		loaders.forTypePair(ServicesOf.class, List.class)
			.withName(SERVICES_OF)
			.registerMappedBatchLoader((keys, env) -> Mono.fromCallable(() -> new LinkedHashMap<>(servicesOf(keys))));
	}

	@QueryMapping
	Connection<SupportService> supportServices(@Argument Audience audience, @Argument ProcessStep step,
			@Argument Near near, @Argument Region region, @Argument String sector, @Argument Language lang,
			@Argument Integer first, @Argument String after, DataFetchingEnvironment env) {
		PageRequest page = PageRequest.of(first, after);
		CatalogueQueries.checkSector(sector, "sector");
		List<Region> regions = new ArrayList<>();
		if (region != null) {
			regions.add(region);
		}
		ResolvedNear place = ResolvedNear.of(near, queries.gazetteer(), "near");
		if (place != null) {
			// a service applies where it is offered: the province (or Brussels) of
			// the place
			if (place.province() == null) {
				throw new BadArgumentException("near", "supportServices takes a postcode or a municipality as near");
			}
			regions.add(Region.valueOf(place.province()));
		}
		SearchFilter filter = SearchFilter.of(Kind.SUPPORT_SERVICE)
			.withSector(sector)
			.withRegions(regions)
			.withAudience(audience)
			.withStep(step);
		String language = Languages.of(lang, env);
		SearchResponse<ObjectNode> response = search
			.search(new CatalogueSearch.Request(null, filter, null, Sort.NAME, page, Shown.HITS));
		return Connection.of(response, page, hit -> toService(hit.source(), language));
	}

	/** One multi-get for the stakeholders of a whole page of services. */
	@BatchMapping(typeName = "SupportService", field = "stakeholder")
	Map<SupportService, Stakeholder> stakeholder(List<SupportService> services) {
		Map<String, StakeholderDocument> docs = documents.byIds(StakeholderDocument.KIND,
				services.stream().map(SupportService::stakeholderId).toList(), StakeholderDocument.class);
		Map<SupportService, Stakeholder> result = new LinkedHashMap<>();
		services.forEach(s -> {
			StakeholderDocument doc = docs.get(s.stakeholderId());
			if (doc != null) {
				result.put(s, Stakeholder.of(doc, s.lang()));
			}
		});
		return result;
	}

	/**
	 * A stakeholder's services, loaded for every stakeholder of the request at once. A
	 * batch mapping cannot see the field's arguments ({@code audience}, {@code step}), so
	 * they travel in the loader's key.
	 */
	@SchemaMapping(typeName = "Stakeholder", field = "services")
	CompletableFuture<List<SupportService>> services(Stakeholder stakeholder, @Argument Audience audience,
			@Argument ProcessStep step, DataFetchingEnvironment env) {
		DataLoader<ServicesOf, List<SupportService>> loader = env.getDataLoader(SERVICES_OF);
		return loader.load(new ServicesOf(stakeholder.key(), audience, step, stakeholder.lang()));
	}

	/** Which services of which stakeholder, in which language. */
	record ServicesOf(String stakeholder, Audience audience, ProcessStep step, String lang) {
	}

	/**
	 * One search per distinct audience and step asked for (usually one) for the services
	 * of all the stakeholders.
	 */
	private Map<ServicesOf, List<SupportService>> servicesOf(Set<ServicesOf> keys) {
		Map<ServicesOf, List<SupportService>> result = new LinkedHashMap<>();
		Map<List<Enum<?>>, List<ServicesOf>> byArguments = new LinkedHashMap<>();
		keys.forEach(
				key -> byArguments.computeIfAbsent(Arrays.asList(key.audience(), key.step()), k -> new ArrayList<>())
					.add(key));
		byArguments.forEach((arguments, sameArguments) -> {
			List<ObjectNode> services = services(
					sameArguments.stream().map(ServicesOf::stakeholder).distinct().toList(),
					(Audience) arguments.get(0), (ProcessStep) arguments.get(1));
			sameArguments.forEach(key -> result.put(key,
					services.stream()
						.filter(service -> key.stakeholder().equals(service.path("stakeholder").asText()))
						.map(service -> toService(service, key.lang()))
						.toList()));
		});
		return result;
	}

	private List<ObjectNode> services(List<String> stakeholders, Audience audience, ProcessStep step) {
		List<FieldValue> ids = stakeholders.stream().map(FieldValue::of).toList();
		Query query = Query.of(q -> q.bool(b -> {
			b.filter(f -> f.terms(t -> t.field("stakeholder").terms(v -> v.value(ids))));
			if (audience != null) {
				b.filter(f -> f.term(t -> t.field("audiences").value(audience.name())));
			}
			if (step != null) {
				b.filter(f -> f.term(t -> t.field("steps").value(step.name())));
			}
			return b;
		}));
		return documents.find(ServiceDocument.KIND, query, 1000, ObjectNode.class);
	}

	private SupportService toService(ObjectNode source, String lang) {
		return SupportService.of(json.convertValue(source, ServiceDocument.class), lang);
	}

}
