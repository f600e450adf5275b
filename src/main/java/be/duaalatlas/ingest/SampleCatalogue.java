package be.duaalatlas.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.index.ConvergenceStep;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the sample catalogue shipped in {@code src/main/resources/catalogue/} at start,
 * kind by kind in dependency order, through the same adapters and pipeline as any real
 * source. A kind whose files and definition did not change is skipped, so a restart is
 * fast. The sample's workplaces are invented: the build writes their files with the
 * catalogue generator (a tool outside the jar, {@code SampleWorkplaces}) and every record
 * is flagged as sample data. A step of convergence ({@code index.CatalogueConvergence}):
 * it runs again after every engine outage and then imports only the kinds that are not
 * loaded yet (an import the outage interrupted).
 */
@Component
@Order(10)
class SampleCatalogue implements ConvergenceStep {

	private static final Logger log = LoggerFactory.getLogger(SampleCatalogue.class);

	/**
	 * kind → (source name → file pattern under the sample location), in the order kinds
	 * depend on each other.
	 */
	static final Map<String, Map<String, String>> LAYOUT = new LinkedHashMap<>();

	static {
		LAYOUT.put("places", Map.of("geonames-postal-codes", "places/postcodes-be.tsv"));
		LAYOUT.put("programmes", Map.of("programme-offer", "programmes/*.csv"));
		LAYOUT.put("stakeholders", Map.of("role-map", "stakeholders/*.yaml"));
		LAYOUT.put("services", Map.of("support-services", "services/*.yaml"));
		LAYOUT.put("offerings", Map.of("offerings", "offerings/*.csv"));
		// the register first: the companies' availability is merged into its records
		Map<String, String> workplaces = new LinkedHashMap<>();
		workplaces.put("recognition-register", "workplaces/recognitions.csv");
		workplaces.put("workplace-availability", "workplaces/availability.csv");
		LAYOUT.put("workplaces", workplaces);
		LAYOUT.put("content", Map.of("editorial-content", "content/*/*.md"));
		LAYOUT.put("equivalences", Map.of("brussels-equivalences", "brussels/*.yaml"));
	}

	private final CatalogueImporter importer;

	private final be.duaalatlas.index.CatalogueIndices indices;

	private final Map<String, CatalogueSource> sources = new LinkedHashMap<>();

	private final IngestProperties properties;

	SampleCatalogue(CatalogueImporter importer, be.duaalatlas.index.CatalogueIndices indices,
			List<CatalogueSource> sources, IngestProperties properties) {
		this.importer = importer;
		this.indices = indices;
		this.properties = properties;
		sources.forEach(source -> this.sources.put(source.name(), source));
	}

	@Override
	public String name() {
		return "sample catalogue";
	}

	/**
	 * Loads what is not loaded yet; throws when a kind failed, so that the service is not
	 * ready and tries again.
	 */
	@Override
	public void converge() {
		if (!properties.loadSample()) {
			return;
		}
		List<ImportReport> reports = load(false);
		log.info("Sample catalogue: {}", reports.stream().map(r -> r.kind() + " " + r.status()).toList());
		List<ImportReport> failed = reports.stream().filter(r -> !r.succeeded()).toList();
		if (!failed.isEmpty()) {
			throw new ImportFailedException("the import of " + failed.stream().map(ImportReport::kind).toList()
					+ " failed: " + failed.get(0).failure());
		}
	}

	List<ImportReport> load(boolean force) {
		ImportContext context = importer.newContext();
		List<ImportReport> reports = new ArrayList<>();
		// kinds copy fields of the kinds before them (names, sectors): when one of those
		// changed, rebuild the rest
		boolean[] upstreamChanged = { false };
		LAYOUT.forEach((kind, files) -> {
			List<SourceBatch> batches = new ArrayList<>();
			files.forEach((sourceName, pattern) -> {
				CatalogueSource source = sources.get(sourceName);
				if (source == null) {
					log.warn("No adapter for source {} yet; {} stays as it is", sourceName, kind);
					return;
				}
				List<SourceInput> inputs = resolve(pattern);
				if (inputs.isEmpty()) {
					log.warn("No sample files match {}; {} stays as it is", pattern, kind);
					return;
				}
				batches.add(new SourceBatch(source, inputs));
			});
			boolean importedByCommand = indices.live(kind)
				.map(live -> CatalogueImporter.ORIGIN_COMMAND.equals(live.meta().get(CatalogueImporter.ORIGIN)))
				.orElse(false);
			if (importedByCommand && !force) {
				log.info("{} were imported from other files with the import command; the sample leaves them alone",
						kind);
				return;
			}
			if (!batches.isEmpty()) {
				ImportReport report = importer.importKind(kind, batches, context, force || upstreamChanged[0],
						CatalogueImporter.ORIGIN_SAMPLE);
				upstreamChanged[0] |= "SUCCEEDED".equals(report.status());
				reports.add(report);
			}
		});
		return reports;
	}

	/**
	 * Rebuilds one kind from the sample, as a full import does (the journal of API writes
	 * is re-applied).
	 */
	ImportReport rebuild(String kind) {
		List<SourceBatch> batches = new ArrayList<>();
		LAYOUT.getOrDefault(kind, Map.of())
			.forEach((sourceName, pattern) -> batches.add(new SourceBatch(sources.get(sourceName), resolve(pattern))));
		return importer.importKind(kind, batches, importer.newContext(), true, CatalogueImporter.ORIGIN_SAMPLE);
	}

	private String location() {
		return properties.sampleLocation().endsWith("/") ? properties.sampleLocation()
				: properties.sampleLocation() + "/";
	}

	private List<SourceInput> resolve(String pattern) {
		try {
			if (!new PathMatchingResourcePatternResolver()
				.getResource(location() + pattern.substring(0, pattern.indexOf('/') + 1))
				.exists()) {
				return List.of();
			}
			Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location() + pattern);
			String root = location().replace("classpath:", "");
			return Arrays.stream(resources)
				.sorted(Comparator.comparing(SampleCatalogue::path))
				.map(r -> new SourceInput(relative(r, root), r))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String path(Resource resource) {
		try {
			return resource.getURL().toString();
		}
		catch (IOException ex) {
			return String.valueOf(resource.getFilename());
		}
	}

	/**
	 * A readable name for reports: the path from the catalogue folder on, e.g.
	 * {@code catalogue/offerings/x.csv}.
	 */
	private static String relative(Resource resource, String root) {
		String url = path(resource);
		int at = url.lastIndexOf(root);
		return at >= 0 ? url.substring(at) : String.valueOf(resource.getFilename());
	}

}
