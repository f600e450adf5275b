package be.duaalatlas.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The import command, run with the {@code import} profile: <pre>
 * import KIND SOURCE=FILE [SOURCE=FILE ...] [--force]   rebuild a kind from source files
 * reports [KIND]                                        print the latest import reports with their rejected rows
 * upsert KIND SOURCE=FILE [SOURCE=FILE ...]             add or replace single records in the live index
 * sample                                                rebuild every kind from the shipped sample catalogue
 * </pre> Prints the summary (read, imported, rejected, time, documents/s) and every
 * rejected row with file, line and reason; exits 0 when the import went live (or nothing
 * changed), 1 when it failed, 2 on a usage error, 3 when another import of the kind ran
 * for longer than it could wait (BUSY: nothing was done, try again).
 */
@Component
@Profile("import")
@Order(20)
class ImportCommand implements ApplicationRunner {

	private final CatalogueImporter importer;

	private final ImportReports reports;

	private final Map<String, CatalogueSource> sources = new LinkedHashMap<>();

	private final ApplicationContext context;

	private final SampleCatalogue sample;

	ImportCommand(CatalogueImporter importer, ImportReports reports, List<CatalogueSource> sources,
			ApplicationContext context, SampleCatalogue sample) {
		this.importer = importer;
		this.sample = sample;
		this.reports = reports;
		this.context = context;
		sources.forEach(source -> this.sources.put(source.name(), source));
	}

	@Override
	public void run(ApplicationArguments args) {
		int code = execute(args.getNonOptionArgs(), args.containsOption("force"));
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int execute(List<String> words, boolean force) {
		if (words.isEmpty()) {
			return usage("say what to do: import or reports");
		}
		if (words.get(0).equals("reports")) {
			List<ImportReport> latest = reports.latest(words.size() > 1 ? words.get(1) : null, 10);
			latest.forEach(this::print);
			if (latest.isEmpty()) {
				System.out.println("No import reports yet.");
			}
			return 0;
		}
		if (words.get(0).equals("sample")) {
			List<ImportReport> loaded = sample.load(true);
			loaded.forEach(this::print);
			return loaded.stream().allMatch(ImportReport::succeeded) ? 0 : 1;
		}
		boolean upsert = words.get(0).equals("upsert");
		if (!(words.get(0).equals("import") || upsert) || words.size() < 3) {
			return usage(words.get(0) + " needs a kind and at least one SOURCE=FILE");
		}
		String kind = words.get(1);
		List<SourceBatch> batches = new ArrayList<>();
		for (String word : words.subList(2, words.size())) {
			String[] pair = word.split("=", 2);
			CatalogueSource source = sources.get(pair[0]);
			if (pair.length != 2 || source == null) {
				return usage("'" + word + "' is not SOURCE=FILE with a known source");
			}
			if (!source.kind().equals(kind)) {
				return usage("source " + source.name() + " feeds " + source.kind() + ", not " + kind);
			}
			Path file = Path.of(pair[1]);
			if (!Files.isReadable(file)) {
				return usage("cannot read " + file.toAbsolutePath());
			}
			batches.add(SourceBatch.of(source, SourceInput.of(file)));
		}
		ImportReport report = upsert ? importer.upsert(kind, batches, importer.newContext())
				: importer.importKind(kind, batches, importer.newContext(), force);
		print(report);
		return report.succeeded() ? 0 : "BUSY".equals(report.status()) ? 3 : 1;
	}

	private void print(ImportReport report) {
		System.out.println(report.summary());
		report.rejections()
			.forEach(r -> System.out.println("  rejected " + r.file() + ":" + r.line() + ": " + r.reason()));
		if (report.rejected() > report.rejections().size()) {
			System.out.println("  … and " + (report.rejected() - report.rejections().size()) + " more rejected rows");
		}
	}

	private int usage(String problem) {
		System.err.println("Import command: " + problem + ".");
		System.err.println("  import KIND SOURCE=FILE [SOURCE=FILE ...] [--force]");
		System.err.println("  upsert KIND SOURCE=FILE [SOURCE=FILE ...]");
		System.err.println("  reports [KIND]");
		System.err.println("  sample");
		System.err.println("Sources: " + sources.values().stream().map(s -> s.name() + " (" + s.kind() + ")").toList());
		return 2;
	}

}
