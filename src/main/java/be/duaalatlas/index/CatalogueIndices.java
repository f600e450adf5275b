package be.duaalatlas.index;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch.indices.update_aliases.Action;
import co.elastic.clients.json.JsonData;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * The catalogue's indices: one alias per kind ({@code programmes}) over versioned indices
 * ({@code programmes-v3}). A full import fills a new version and switches the alias
 * atomically; readers only ever see the alias.
 */
@Component
public class CatalogueIndices {

	private static final Logger log = LoggerFactory.getLogger(CatalogueIndices.class);

	private final ElasticsearchClient client;

	/**
	 * The same client for index administration (versions created, switched, dropped):
	 * each request bounded by {@code atlas.engine-client.admin-timeout}, not by a query's
	 * budget, since on a cluster these wait for the other nodes.
	 */
	private final ElasticsearchClient admin;

	private final Duration replicaWait;

	private final IndexDefinitions definitions;

	private final IndexProperties properties;

	private final CatalogueGeneration generation;

	CatalogueIndices(ElasticsearchClient client, IndexDefinitions definitions, IndexProperties properties,
			CatalogueGeneration generation, PooledConnectionTimeout timeouts) {
		this.client = client;
		this.admin = timeouts.forAdmin(client);
		this.replicaWait = timeouts.properties().replicaWait();
		this.definitions = definitions;
		this.properties = properties;
		this.generation = generation;
	}

	/** The name readers use for a kind. */
	public String alias(String kind) {
		return properties.prefix() + kind;
	}

	public IndexDefinitions definitions() {
		return definitions;
	}

	/**
	 * Creates an empty first version for every kind that has none, so that queries work
	 * before any import.
	 */
	public void createMissing() {
		for (IndexDefinition definition : definitions.all()) {
			if (live(definition.kind()).isEmpty()) {
				String index = createVersion(definition.kind(), Map.of());
				prepareToGoLive(definition.kind(), index);
				switchAlias(definition.kind(), index);
				log.info("Created index {} behind alias {} from {}", index, alias(definition.kind()),
						definition.file());
			}
		}
	}

	/**
	 * The kinds whose live index was built from an older definition: they need a rebuild
	 * from their sources.
	 */
	public List<IndexState> states() {
		return states(client);
	}

	/** As {@link #states()}, asked through {@code via} (a client with other timeouts). */
	List<IndexState> states(ElasticsearchClient via) {
		Map<String, LiveIndex> live = liveAll(via);
		List<IndexState> states = new ArrayList<>();
		for (IndexDefinition definition : definitions.all()) {
			LiveIndex index = live.get(definition.kind());
			states.add(new IndexState(definition.kind(), alias(definition.kind()), index == null ? null : index.index(),
					definition.file(), index != null && index.definitionHash().equals(definition.hash())));
		}
		return states;
	}

	/**
	 * The live index of every kind in two requests (the aliases, then the mappings of the
	 * indices behind them): health checks and {@code catalogueStatus} call this often.
	 */
	Map<String, LiveIndex> liveAll() {
		return liveAll(client);
	}

	private Map<String, LiveIndex> liveAll(ElasticsearchClient client) {
		Map<String, String> indexByAlias = new LinkedHashMap<>();
		try {
			client.indices()
				.getAlias(g -> g.name(properties.prefix() + "*"))
				.result()
				.forEach((index,
						aliases) -> aliases.aliases().keySet().forEach(alias -> indexByAlias.put(alias, index)));
			Map<String, LiveIndex> live = new LinkedHashMap<>();
			List<String> indices = new ArrayList<>();
			for (IndexDefinition definition : definitions.all()) {
				String index = indexByAlias.get(alias(definition.kind()));
				if (index != null) {
					indices.add(index);
				}
			}
			if (indices.isEmpty()) {
				return live;
			}
			var mappings = client.indices().getMapping(m -> m.index(indices)).result();
			for (IndexDefinition definition : definitions.all()) {
				String alias = alias(definition.kind());
				String index = indexByAlias.get(alias);
				if (index != null && mappings.containsKey(index)) {
					live.put(definition.kind(), new LiveIndex(definition.kind(), alias, index,
							metaOf(mappings.get(index).mappings().meta())));
				}
			}
			return live;
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return Map.of();
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Map<String, String> metaOf(Map<String, JsonData> meta) {
		Map<String, String> values = new LinkedHashMap<>();
		if (meta != null) {
			meta.forEach((key, value) -> values.put(key, value.to(String.class)));
		}
		return values;
	}

	public Optional<LiveIndex> live(String kind) {
		return live(client, kind);
	}

	private Optional<LiveIndex> live(ElasticsearchClient client, String kind) {
		String alias = alias(kind);
		try {
			if (!client.indices().existsAlias(e -> e.name(alias)).value()) {
				return Optional.empty();
			}
			String index = client.indices().getAlias(g -> g.name(alias)).result().keySet().iterator().next();
			Map<String, JsonData> meta = client.indices()
				.getMapping(m -> m.index(index))
				.result()
				.get(index)
				.mappings()
				.meta();
			return Optional.of(new LiveIndex(kind, alias, index, metaOf(meta)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Gives every live index the replicas its definition asks for, when they differ
	 * (replicas change in place: a definition that only changed them needs no rebuild).
	 */
	public void applyReplicas() {
		for (Map.Entry<String, LiveIndex> live : liveAll().entrySet()) {
			String wanted = definitions.get(live.getKey()).autoExpandReplicas();
			String index = live.getValue().index();
			try {
				String current = admin.indices()
					.getSettings(g -> g.index(index).name("index." + IndexDefinition.AUTO_EXPAND_REPLICAS))
					.result()
					.get(index)
					.settings()
					.index()
					.autoExpandReplicas();
				if (!wanted.equals(current == null ? "false" : current)) {
					admin.indices().putSettings(p -> p.index(index).settings(s -> s.autoExpandReplicas(wanted)));
					log.info("Index {} now keeps replicas {} (auto_expand_replicas, from {})", index, wanted,
							definitions.get(live.getKey()).file());
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
	}

	/**
	 * Creates the next version of a kind's index from its definition, with settings for a
	 * fast bulk load (no refresh, one copy: the replicas are copied from it when it goes
	 * live); {@link #switchAlias} makes it live.
	 */
	public String createVersion(String kind, Map<String, String> sourceMeta) {
		IndexDefinition definition = definitions.get(kind);
		String index = alias(kind) + "-v" + (highestVersion(kind) + 1);
		ObjectNode body = definition.json().deepCopy();
		ObjectNode settings = (ObjectNode) body.get("settings");
		settings.put(IndexDefinition.AUTO_EXPAND_REPLICAS, "false");
		settings.put("number_of_replicas", 0);
		settings.put("refresh_interval", "-1");
		// a version under construction is thrown away if anything fails, so it needs no
		// per-request fsync
		settings.put("translog.durability", "async");
		ObjectNode meta = ((ObjectNode) body.get("mappings")).putObject("_meta");
		meta.put(LiveIndex.DEFINITION_HASH, definition.hash());
		meta.put(LiveIndex.BUILT_AT, Instant.now().toString());
		sourceMeta.forEach(meta::put);
		try {
			admin.indices().create(c -> c.index(index).withJson(new StringReader(body.toString())));
			return index;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Makes a filled version searchable, durable and copied: live settings, flush, merged
	 * into one segment, first refresh and its replicas (waited for a bounded while).
	 * Every step through the admin client: the flush and first refresh write all the new
	 * version's segments (seconds for 100,000 documents on a busy machine), the replicas
	 * are copied to another node. Done before the importer re-applies the journal, so
	 * that only the alias change lies between that and {@link #switchAlias}.
	 */
	public void prepareToGoLive(String kind, String index) {
		try {
			admin.indices()
				.putSettings(p -> p.index(index)
					.settings(s -> s.refreshInterval(t -> t.time("1s"))
						.translog(t -> t
							.durability(co.elastic.clients.elasticsearch.indices.TranslogDurability.Request))));
			admin.indices().flush(f -> f.index(index));
			mergeIntoOneSegment(index);
			admin.indices().refresh(r -> r.index(index));
			withReplicas(kind, index);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A version is read far more than it is written: merged into one segment, a search
	 * reads one term dictionary and one set of doc values per field instead of the dozen
	 * a bulk load leaves, and a facet's global ordinals are the segment's own
	 * (docs/measurements.md: at 1,000,000 workplaces a merge of 20 s, and the website's
	 * search with facets serves far more requests a second). Later writes make small
	 * segments the engine merges as usual. A merge that outlasts the admin timeout goes
	 * on in the engine while the version goes live; any other failure fails the import.
	 */
	private void mergeIntoOneSegment(String index) throws IOException {
		long started = System.nanoTime();
		try {
			admin.indices().forcemerge(f -> f.index(index).maxNumSegments(1L));
			log.info("Merged {} into one segment in {} ms", index, (System.nanoTime() - started) / 1_000_000);
		}
		catch (SocketTimeoutException ex) {
			log.warn("Merging {} into one segment did not end within the admin timeout; it goes live while the "
					+ "engine merges on", index);
		}
	}

	/**
	 * Points the alias at a version made ready by {@link #prepareToGoLive} in one atomic
	 * step, published to every node; older versions but the one just replaced are dropped
	 * (the replaced one stays one generation for a manual rollback).
	 */
	public void switchAlias(String kind, String index) {
		String alias = alias(kind);
		try {
			List<Action> actions = new ArrayList<>();
			Optional<String> previous = live(admin, kind).map(LiveIndex::index);
			previous.ifPresent(old -> actions.add(Action.of(a -> a.remove(r -> r.index(old).alias(alias)))));
			actions.add(Action.of(a -> a.add(ad -> ad.index(index).alias(alias))));
			admin.indices().updateAliases(u -> u.actions(actions));
			// this instance sees its own change at once; others
			// within CatalogueGeneration.RECHECK
			generation.changed();
			for (String old : versions(kind)) {
				if (!old.equals(index) && !previous.map(old::equals).orElse(false)) {
					drop(old);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Gives a filled version the replicas of its definition and waits a bounded while for
	 * them, so that on a cluster it goes live with a copy on a second node (one node lost
	 * right after the switch loses none of it); goes on without them if they take longer
	 * (the cluster copies them on).
	 */
	private void withReplicas(String kind, String index) throws IOException {
		String replicas = definitions.get(kind).autoExpandReplicas();
		admin.indices().putSettings(p -> p.index(index).settings(s -> s.autoExpandReplicas(replicas)));
		if (!ClusterHealthWait.reached(admin, index, HealthStatus.Green, replicaWait)) {
			log.info("{} goes live before its replicas are ready (not green within {}); the cluster copies them on",
					index, replicaWait);
		}
	}

	/** Removes a version that never went live (a failed or interrupted import). */
	public void drop(String index) {
		try {
			admin.indices().delete(d -> d.index(index).ignoreUnavailable(true));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Names of all versions of a kind, oldest first. */
	public List<String> versions(String kind) {
		Pattern pattern = Pattern.compile(Pattern.quote(alias(kind)) + "-v(\\d+)");
		try {
			return admin.indices()
				.get(g -> g.index(alias(kind) + "-v*").allowNoIndices(true).ignoreUnavailable(true))
				.result()
				.keySet()
				.stream()
				.filter(name -> pattern.matcher(name).matches())
				.sorted(Comparator.comparingInt(name -> version(pattern, name)))
				.toList();
		}
		catch (ElasticsearchException ex) {
			if (ex.status() == 404) {
				return List.of();
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private int highestVersion(String kind) {
		Pattern pattern = Pattern.compile(Pattern.quote(alias(kind)) + "-v(\\d+)");
		return versions(kind).stream().mapToInt(name -> version(pattern, name)).max().orElse(0);
	}

	private static int version(Pattern pattern, String name) {
		Matcher matcher = pattern.matcher(name);
		return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
	}

}
