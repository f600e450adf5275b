package be.duaalatlas.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import be.duaalatlas.DuaalAtlasApplication;
import be.duaalatlas.TestEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import command as the README runs it: the application in its own JVM with profile
 * {@code import} (no web server), against the suite's engine. The in-context tests of
 * {@link ImportReportTest} call the command's code inside the web application and cannot
 * see a bean that only a web application has (a CORS source once stopped every import
 * command from starting).
 */
class ImportCommandProcessTest {

	@Test
	void theImportProfileStartsWithoutAWebServerAndAnswersTheReportsCommand(@TempDir Path dir)
			throws IOException, InterruptedException {
		Path output = dir.resolve("output.txt");
		Process command = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", System.getProperty("java.class.path"), DuaalAtlasApplication.class.getName(),
				"--spring.profiles.active=import", "--spring.elasticsearch.uris=" + TestEngine.url(),
				"--atlas.index.prefix=it-command-", "reports"))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		boolean ended = command.waitFor(5, TimeUnit.MINUTES);
		if (!ended) {
			command.destroyForcibly();
		}
		String printed = Files.readString(output);
		assertThat(ended).as("the command ended; it printed:%n%s", printed).isTrue();
		assertThat(command.exitValue()).as("exit code; it printed:%n%s", printed).isZero();
		assertThat(printed).contains("No import reports yet.").doesNotContain("APPLICATION FAILED TO START");
	}

}
