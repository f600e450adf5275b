package be.duaalatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import be.duaalatlas.GraphQlResults;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A source with bad rows through the real pipeline: the good rows go live, every bad one
 * is in the report with file, line and reason, the report is kept in the engine, and the
 * import command says the same.
 */
@ExtendWith(OutputCaptureExtension.class)
class ImportReportTest extends IngestIntegrationTest {

	static final String FILE = "fixtures/offerings/offerings-with-bad-rows.csv";

	static final String REGISTER = "fixtures/recognition-register/recognitions.csv";

	static final List<String> GOOD = List.of("it-campus-gent--elektrische-installaties-duaal",
			"it-campus-gent--haarverzorging-duaal", "it-syntra-brussel--bakkerij-duaal",
			"it-cdo-brugge--slagerij-duaal");

	static List<Rejection> rejections(String file) {
		return List.of(new Rejection(file, 3, "unknown programme code 'kapper-duaal'"),
				new Rejection(file, 5, "unknown postcode '7000' (not in the Flemish or Brussels gazetteer)"),
				new Rejection(file, 6,
						"provider_kind 'UNIVERSITY' is not one of BUSO, CDO, CVO, SECONDARY_SCHOOL, SYNTRA"),
				new Rejection(file, 8, "start '2026-13-01' is not a date (expected YYYY-MM-DD)"),
				new Rejection(file, 9, "malformed line: expected 16 fields separated by ';', found 3"));
	}

	@Autowired
	private ApplicationContext applicationContext;

	@Autowired
	private SampleCatalogue sampleCatalogue;

	@Test
	void theGoodRowsGoLiveAndTheReportListsEveryBadRowWithFileLineAndReason() {
		ImportReport report = importKind("offerings", true,
				SourceBatch.of(source("offerings"), AdapterTesting.fixture(FILE)));

		assertThat(report.status()).isEqualTo("SUCCEEDED");
		assertThat(report.failure()).isNull();
		assertThat(report.kind()).isEqualTo("offerings");
		assertThat(report.sources()).containsExactly("offerings");
		assertThat(report.files()).containsExactly(FILE);
		assertThat(report.read()).isEqualTo(9);
		assertThat(report.imported()).isEqualTo(4);
		assertThat(report.rejected()).isEqualTo(5);
		assertThat(report.rejections()).containsExactlyElementsOf(rejections(FILE));
		assertThat(report.liveIndex()).isEqualTo(liveIndex("offerings"));
		assertThat(report.durationMs()).isPositive();
		assertThat(report.documentsPerSecond()).isPositive();
		assertThat(report.summary()).startsWith("offerings SUCCEEDED: read 9, imported 4, rejected 5 in ")
			.endsWith(", live index " + report.liveIndex());

		// the live catalogue holds exactly the good rows, and the public API says so
		assertThat(documents("offerings").keySet()).containsExactlyInAnyOrderElementsOf(GOOD);
		assertThat(status("offerings")).isEqualTo(new KindStatus("offerings", report.liveIndex(), 4, true));
		assertThat(searchedOfferingIds())
			.containsExactlyInAnyOrderElementsOf(GOOD.stream().map(id -> "Offering:" + id).toList());
		graphQl.documentName("ingest/searchOfferingsByText")
			.execute()
			.path("search.edges[*].node.id")
			.entityList(String.class)
			.containsExactly("Offering:it-cdo-brugge--slagerij-duaal");
	}

	@Test
	void theReportIsKeptInTheEngineAndReadBackWhole() {
		ImportReport report = importKind("offerings", true,
				SourceBatch.of(source("offerings"), AdapterTesting.fixture(FILE)));

		List<ImportReport> latest = reports.latest("offerings", 5);
		assertThat(latest).first().isEqualTo(report);
		assertThat(latest.get(0).rejections()).containsExactlyElementsOf(rejections(FILE));
		// newest first, and only of the kind asked for
		assertThat(latest).extracting(ImportReport::kind).containsOnly("offerings");
		assertThat(latest).extracting(ImportReport::finishedAt).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(reports.latest(null, 50)).contains(report);
	}

	@Test
	void theShippedGazetteerImportsThroughThePipelineWithoutRejectingARow() throws IOException {
		long rows = Files.readAllLines(AdapterTesting.SAMPLE.resolve("places/postcodes-be.tsv"))
			.stream()
			.filter(line -> !line.isBlank())
			.count();

		ImportReport report = importKind("places", true,
				SourceBatch.of(source("geonames-postal-codes"), AdapterTesting.sample("places/postcodes-be.tsv")));

		assertThat(report.status()).isEqualTo("SUCCEEDED");
		assertThat(report.rejected()).isZero();
		assertThat(report.rejections()).isEmpty();
		assertThat(report.read()).isEqualTo(rows);
		assertThat(report.imported()).isEqualTo(rows);
		assertThat(status("places").records()).isEqualTo(rows);
		// Brussels places carry the Dutch and French names of the companion file in the
		// live catalogue
		graphQl.document("{ place(postcode: \"1050\", lang: NL) { name { value } province } }")
			.execute()
			.path("place.name.value")
			.entity(String.class)
			.isEqualTo("Elsene")
			.path("place.province")
			.entity(String.class)
			.isEqualTo("BRUSSELS");
		graphQl.document("{ place(postcode: \"1050\", lang: FR) { name { value language } } }")
			.execute()
			.path("place.name.value")
			.entity(String.class)
			.isEqualTo("Ixelles");
	}

	@Test
	void theImportCommandImportsPrintsEveryRejectedRowAndExitsZero(CapturedOutput output) {
		ImportCommand command = new ImportCommand(importer, reports, sourceBeans, applicationContext, sampleCatalogue);
		Path file = Path.of("src/test/resources", FILE);

		int code = command.execute(List.of("import", "offerings", "offerings=" + file), true);

		assertThat(code).isZero();
		ImportReport report = reports.latest("offerings", 1).get(0);
		assertThat(report.files()).containsExactly(file.toString());
		assertThat(report.rejections()).containsExactlyElementsOf(rejections(file.toString()));
		assertThat(output.getOut()).contains(report.summary());
		rejections(file.toString()).forEach(r -> assertThat(output.getOut())
			.contains("  rejected " + r.file() + ":" + r.line() + ": " + r.reason()));

		int printed = output.getOut().length();
		int reportsCode = command.execute(List.of("reports", "offerings"), false);
		assertThat(reportsCode).isZero();
		String reportsOutput = output.getOut().substring(printed);
		assertThat(reportsOutput).startsWith(report.summary() + System.lineSeparator());
		rejections(file.toString()).forEach(
				r -> assertThat(reportsOutput).contains("  rejected " + r.file() + ":" + r.line() + ": " + r.reason()));
	}

	@Test
	void anEnterpriseNumberWithAWrongCheckDigitIsRejectedAtImportWithFileLineAndReason(CapturedOutput output) {
		ImportCommand command = new ImportCommand(importer, reports, sourceBeans, applicationContext, sampleCatalogue);
		Path file = Path.of("src/test/resources", REGISTER);

		int code = command.execute(List.of("import", "workplaces", "recognition-register=" + file), true);

		assertThat(code).isZero();
		ImportReport report = reports.latest("workplaces", 1).get(0);
		Rejection mistyped = new Rejection(file.toString(), 14, "enterprise_number '0412.345.615' has check digits 15 "
				+ "where its first eight digits give 14 (97 minus their remainder by 97): a typing error?");
		assertThat(report.status()).isEqualTo("SUCCEEDED");
		assertThat(report.rejections()).contains(mistyped);
		assertThat(output.getOut())
			.contains("  rejected " + mistyped.file() + ":" + mistyped.line() + ": " + mistyped.reason());
		// the public API has the well-numbered establishment, not the mistyped one
		assertThat(GraphQlResults
			.data(graphQl.document("{ workplace(establishmentNumber: \"2.100.000.001\") " + "{ enterpriseNumber } }")
				.execute(), "workplace")
			.path("enterpriseNumber")
			.asText()).isEqualTo("0412.345.614");
		GraphQlResults.error(graphQl.document("{ workplace(establishmentNumber: \"2.100.000.013\") { id } }").execute(),
				"NOT_FOUND", "establishmentNumber");
	}

	@Test
	void theImportCommandExitsOneWhenNothingWentLive(CapturedOutput output, @TempDir Path dir) throws IOException {
		String live = sampleOfferingsLive();
		long records = count(indices.alias("offerings"));
		Path file = Files.writeString(dir.resolve("all-bad.csv"), String.join("\n",
				"id;programme_code;provider_id;provider_name;provider_kind;street;postcode;municipality;language;start;changed;sample;website",
				"x--kapper-duaal;kapper-duaal;x;X;SECONDARY_SCHOOL;;9000;;nl;;;true;https://www.x.example",
				"y--logistiek-duaal;logistiek-duaal;y;Y;SECONDARY_SCHOOL;;7000;;nl;;;true;https://www.y.example", ""));
		ImportCommand command = new ImportCommand(importer, reports, sourceBeans, applicationContext, sampleCatalogue);

		int code = command.execute(List.of("import", "offerings", "offerings=" + file), false);

		assertThat(code).isEqualTo(1);
		ImportReport report = reports.latest("offerings", 1).get(0);
		assertThat(report.status()).isEqualTo("FAILED");
		assertThat(report.failure()).isEqualTo("every row was rejected; the live index is kept as it was");
		assertThat(report.liveIndex()).isEqualTo(live);
		assertThat(report.rejected()).isEqualTo(2);
		assertThat(output.getOut()).contains(report.summary())
			.contains("  rejected " + file + ":2: unknown programme code 'kapper-duaal'");
		assertThat(liveIndex("offerings")).isEqualTo(live);
		assertThat(count(indices.alias("offerings"))).isEqualTo(records);
		assertThat(indices.versions("offerings")).last().isEqualTo(live);
	}

	@Test
	void theImportCommandRefusesWhatItCannotDoWithExitTwo(CapturedOutput output) {
		ImportCommand command = new ImportCommand(importer, reports, sourceBeans, applicationContext, sampleCatalogue);
		String live = liveIndex("offerings");

		assertThat(command.execute(List.of(), false)).isEqualTo(2);
		assertThat(output.getErr()).contains("Import command: say what to do: import or reports.");
		assertThat(command.execute(List.of("import", "offerings"), false)).isEqualTo(2);
		assertThat(output.getErr()).contains("import needs a kind and at least one SOURCE=FILE");
		assertThat(command.execute(List.of("import", "offerings", "nosuchsource=x.csv"), false)).isEqualTo(2);
		assertThat(output.getErr()).contains("'nosuchsource=x.csv' is not SOURCE=FILE with a known source");
		assertThat(command.execute(List.of("import", "offerings", "programme-offer=x.csv"), false)).isEqualTo(2);
		assertThat(output.getErr()).contains("source programme-offer feeds programmes, not offerings");
		assertThat(command.execute(List.of("import", "offerings", "offerings=no/such/file.csv"), false)).isEqualTo(2);
		assertThat(output.getErr()).contains("cannot read " + Path.of("no/such/file.csv").toAbsolutePath());
		assertThat(output.getErr()).contains("Sources: [").contains("offerings (offerings)");
		assertThat(liveIndex("offerings")).isEqualTo(live);
	}

}
