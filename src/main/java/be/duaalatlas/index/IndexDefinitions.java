package be.duaalatlas.index;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.vocabulary.TradeWords;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/** All index definitions, keyed by kind (the file name without {@code .json}). */
@Component
public class IndexDefinitions {

	private static final java.util.Set<String> SERVICE_INDICES = java.util.Set.of("import-reports", "write-journal",
			"audit", "listing-reports", "webhooks", "webhook-deliveries", "webhook-leases", "import-leases");

	private final Map<String, IndexDefinition> byKind = new LinkedHashMap<>();

	IndexDefinitions(IndexProperties properties) throws IOException {
		String location = properties.definitions().endsWith("/") ? properties.definitions()
				: properties.definitions() + "/";
		PupilWordLists wordLists = new PupilWordLists(TradeWords::of);
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location + "*.json");
		java.util.Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		for (Resource resource : resources) {
			String file = resource.getFilename();
			String kind = file.substring(0, file.length() - ".json".length());
			byKind.put(kind, IndexDefinition.parse(kind, "search-mappings/" + file,
					resource.getContentAsString(StandardCharsets.UTF_8), wordLists));
		}
		if (byKind.isEmpty()) {
			throw new IllegalStateException("No index definitions found at " + location);
		}
	}

	/**
	 * Whether a definition holds catalogue records (built by imports) rather than the
	 * service's own books: the import reports, the journal of accepted writes, the audit
	 * trail, the reports about listings, the webhooks with their deliveries and leases,
	 * and the import leases, which no import ever rebuilds.
	 */
	public static boolean isCatalogueKind(String kind) {
		return !SERVICE_INDICES.contains(kind);
	}

	public Iterable<IndexDefinition> all() {
		return byKind.values();
	}

	/** The kinds that hold catalogue records, in the order of their definitions. */
	public List<String> catalogueKinds() {
		return byKind.keySet().stream().filter(IndexDefinitions::isCatalogueKind).toList();
	}

	public Optional<IndexDefinition> find(String kind) {
		return Optional.ofNullable(byKind.get(kind));
	}

	public IndexDefinition get(String kind) {
		return find(kind).orElseThrow(() -> new IllegalArgumentException("No index definition for " + kind));
	}

}
