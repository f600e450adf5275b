package be.duaalatlas.stakeholder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.search.CatalogueQueries;
import be.duaalatlas.search.Documents;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.Region;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Stakeholders and the role map (Action 18.2). The role map is small and read often: it
 * is held in memory per catalogue generation and filtered there.
 */
@Controller
class StakeholderController {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final CatalogueGeneration generation;

	private final Documents documents;

	private final ObjectMapper json;

	private final LoadingCache<String, List<StakeholderDocument>> all;

	StakeholderController(ElasticsearchClient client, CatalogueIndices indices, CatalogueGeneration generation,
			Documents documents, ObjectMapper json) {
		this.client = client;
		this.indices = indices;
		this.generation = generation;
		this.documents = documents;
		this.json = json;
		this.all = Caffeine.newBuilder().maximumSize(2).build(key -> load());
	}

	@QueryMapping
	Stakeholder stakeholder(@Argument String id, @Argument Language lang, DataFetchingEnvironment env) {
		return documents.byId(StakeholderDocument.KIND, id, StakeholderDocument.class)
			.map(doc -> Stakeholder.of(doc, Languages.of(lang, env)))
			.orElseThrow(() -> new NotFoundException("id", "no stakeholder with id '" + id + "'"));
	}

	@QueryMapping
	List<RoleAssignment> roleMap(@Argument Region region, @Argument String sector, @Argument EcosystemRole role,
			@Argument Language lang, DataFetchingEnvironment env) {
		CatalogueQueries.checkSector(sector, "sector");
		String language = Languages.of(lang, env);
		List<RoleAssignment> assignments = new ArrayList<>();
		for (StakeholderDocument doc : all.get(generation.current())) {
			if (!serves(doc.regions(), region) || !servesSector(doc.sectors(), sector) || doc.roles() == null) {
				continue;
			}
			Stakeholder stakeholder = Stakeholder.of(doc, language);
			doc.roles()
				.stream()
				.filter(r -> role == null || role.name().equals(r.role()))
				.forEach(r -> assignments.add(
						new RoleAssignment(r.role(), stakeholder, Text.of(r.description(), language), r.legalBasis())));
		}
		assignments.sort(Comparator.comparing(RoleAssignment::role).thenComparing(a -> a.stakeholder().key()));
		return assignments;
	}

	/**
	 * A stakeholder for all of Flanders serves every Flemish province; one with no
	 * regions serves everywhere.
	 */
	static boolean serves(List<String> regions, Region region) {
		if (region == null || regions == null || regions.isEmpty() || regions.contains(region.name())) {
			return true;
		}
		return region.partOf() != null && regions.contains(region.partOf().name());
	}

	static boolean servesSector(List<String> sectors, String sector) {
		return sector == null || sectors == null || sectors.isEmpty() || sectors.contains(sector);
	}

	private List<StakeholderDocument> load() {
		try {
			return client
				.search(s -> s.index(indices.alias(StakeholderDocument.KIND)).size(10_000), StakeholderDocument.class)
				.hits()
				.hits()
				.stream()
				.map(Hit::source)
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The GraphQL {@code RoleAssignment}: a line of the role map. */
	record RoleAssignment(String role, Stakeholder stakeholder, Text description, String legalBasis) {
	}

}
