package be.duaalatlas.ingest.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Command line (a tool of {@code src/tools/java}, on the test class path, never in the
 * jar):
 * {@code ./mvnw -q test-compile exec:java -Dexec.args="--workplaces=100000 --seed=42 --out=target/generated"}
 * writes {@code recognitions.csv}, {@code availability.csv} and {@code offerings.csv}
 * into the output folder.
 */
public final class GenerateCatalogue {

	private GenerateCatalogue() {
	}

	public static void main(String[] args) throws IOException {
		int workplaces = 100_000;
		long seed = 42;
		Path out = Path.of("target/generated");
		LocalDate today = LocalDate.of(2026, 9, 1);
		for (String arg : args) {
			String[] kv = arg.replaceFirst("^--", "").split("=", 2);
			switch (kv[0]) {
				case "workplaces" -> workplaces = Integer.parseInt(kv[1]);
				case "seed" -> seed = Long.parseLong(kv[1]);
				case "out" -> out = Path.of(kv[1]);
				case "today" -> today = LocalDate.parse(kv[1]);
				default -> throw new IllegalArgumentException(
						"Unknown option " + arg + "; use --workplaces=N --seed=S --out=DIR --today=YYYY-MM-DD");
			}
		}
		Files.createDirectories(out);
		CatalogueGenerator.CatalogueFacts facts = CatalogueGenerator.CatalogueFacts.ofSample();
		Instant started = Instant.now();
		CatalogueGenerator.Counts counts;
		try (BufferedWriter register = Files.newBufferedWriter(out.resolve("recognitions.csv"), StandardCharsets.UTF_8);
				BufferedWriter availability = Files.newBufferedWriter(out.resolve("availability.csv"),
						StandardCharsets.UTF_8);
				BufferedWriter offerings = Files.newBufferedWriter(out.resolve("offerings.csv"),
						StandardCharsets.UTF_8)) {
			counts = new CatalogueGenerator(facts, seed, today).write(workplaces, register, availability, offerings);
		}
		long millis = Math.max(1, Duration.between(started, Instant.now()).toMillis());
		System.out.printf(
				"Generated %d workplaces, %d recognitions, %d availability lines, %d offerings into %s "
						+ "in %d ms (%.0f workplaces/s)%n",
				counts.workplaces(), counts.recognitions(), counts.availability(), counts.offerings(),
				out.toAbsolutePath(), millis, counts.workplaces() * 1000.0 / millis);
	}

}
