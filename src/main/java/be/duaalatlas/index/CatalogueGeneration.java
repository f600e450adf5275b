package be.duaalatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.TreeSet;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;

import org.springframework.stereotype.Component;

/**
 * The catalogue's generation: which versioned index every alias points at, plus the
 * number of import reports and journal entries (every import, upsert of single records
 * and write through the API leaves one), plus the day (publication windows). It lives in
 * the engine, so every service instance sees the same; caches key their entries by it, so
 * no cached answer outlives an import or a write by more than {@link #RECHECK}.
 */
@Component
public class CatalogueGeneration {

	/**
	 * How often an instance re-reads the generation: the most a cached answer can lag
	 * behind a change.
	 */
	public static final Duration RECHECK = Duration.ofSeconds(2);

	private static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

	private final ElasticsearchClient client;

	private final IndexProperties properties;

	private final LoadingCache<String, String> current;

	CatalogueGeneration(ElasticsearchClient client, IndexProperties properties) {
		this.client = client;
		this.properties = properties;
		// re-read in the background: once known, the generation never makes a request
		// wait on the engine (a hung
		// engine leaves the last one known in place)
		this.current = Caffeine.newBuilder().refreshAfterWrite(RECHECK).build(key -> read());
	}

	/**
	 * Today in Belgium: the day texts' publication windows are read on. It is part of the
	 * generation, so that every answer kept per generation turns over when a window opens
	 * or closes at midnight, without a write.
	 */
	public static LocalDate today() {
		return LocalDate.now(BELGIUM);
	}

	public String current() {
		return current.get("generation");
	}

	/**
	 * Called after this instance changed the catalogue, so that it sees its own change at
	 * once.
	 */
	public void changed() {
		current.invalidateAll();
	}

	private String read() {
		try {
			TreeSet<String> indices = new TreeSet<>();
			client.indices().getAlias(g -> g.name(properties.prefix() + "*")).result().forEach((index, aliases) -> {
				aliases.aliases().keySet().forEach(alias -> indices.add(alias + "=" + index));
			});
			// single-record writes leave a trace each (an upsert a report, a write
			// through the API a journal entry);
			// both only grow, so their count is part of the generation
			long reports = client
				.count(c -> c.index(properties.prefix() + "import-reports", properties.prefix() + "write-journal")
					.ignoreUnavailable(true))
				.count();
			return Integer.toHexString((String.join(",", indices) + "|" + reports + "|" + today()).hashCode());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
