package be.duaalatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.index.CatalogueIndices;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch.core.search.Hit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;

/**
 * The programmes' classification (study domain, grade, finality, qualifications), held
 * per catalogue generation, so that a filter on it also applies to offerings and
 * workplaces: it becomes a filter on programme codes.
 */
@Component
public class ProgrammeCodes {

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	private final CatalogueGeneration generation;

	private final LoadingCache<String, List<Entry>> byGeneration;

	ProgrammeCodes(ElasticsearchClient client, CatalogueIndices indices, CatalogueGeneration generation) {
		this.client = client;
		this.indices = indices;
		this.generation = generation;
		this.byGeneration = Caffeine.newBuilder().maximumSize(2).build(key -> load());
	}

	record Entry(String code, String studyDomain, String grade, String finality, Set<String> qualifications) {
	}

	public boolean exists(String code) {
		return entries().stream().anyMatch(e -> e.code().equals(code));
	}

	public boolean qualificationExists(String id) {
		return entries().stream().anyMatch(e -> e.qualifications().contains(id));
	}

	/** Codes of the programmes with the filter's programme attributes. */
	Set<String> matching(SearchFilter filter) {
		return entries().stream()
			.filter(e -> filter.programme() == null || e.code().equals(filter.programme()))
			.filter(e -> filter.qualification() == null || e.qualifications().contains(filter.qualification()))
			.filter(e -> filter.studyDomain() == null || e.studyDomain().equals(filter.studyDomain().name()))
			.filter(e -> filter.grade() == null || e.grade().equals(filter.grade().code()))
			.filter(e -> filter.finality() == null || e.finality().equals(filter.finality().code()))
			.map(Entry::code)
			.collect(Collectors.toSet());
	}

	private List<Entry> entries() {
		return byGeneration.get(generation.current());
	}

	private List<Entry> load() {
		try {
			List<Entry> entries = new ArrayList<>();
			for (Hit<ObjectNode> hit : client
				.search(s -> s.index(indices.alias("programmes"))
					.size(10_000)
					.source(src -> src
						.filter(f -> f.includes("code", "studyDomain", "grade", "finality", "qualifications.id"))),
						ObjectNode.class)
				.hits()
				.hits()) {
				JsonNode doc = hit.source();
				Set<String> qualifications = new java.util.HashSet<>();
				doc.path("qualifications").forEach(q -> qualifications.add(q.path("id").asText()));
				entries.add(new Entry(doc.path("code").asText(), doc.path("studyDomain").asText(),
						doc.path("grade").asText(), doc.path("finality").asText(), qualifications));
			}
			return entries;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
