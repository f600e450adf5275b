package be.duaalatlas.ingest.generator;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the sample catalogue's workplaces ({@code recognitions.csv} and
 * {@code availability.csv}) into the folder given as the only argument. The build runs it
 * after compiling the tests (exec-maven-plugin, execution {@code sample-workplaces}) into
 * {@code target/classes/catalogue/workplaces/}, where {@code ingest.SampleCatalogue}
 * reads them like every other sample file: the jar and the image hold the files, never
 * the generator. Dated from the day of the build, so that the sample shows known and
 * unknown availability (the companies' confirmations keep their ages).
 */
public final class SampleWorkplaces {

	/** How many workplaces the sample has. */
	public static final int WORKPLACES = 800;

	/** Fixed, so that every build on the same day writes the same files. */
	public static final long SEED = 2026;

	private SampleWorkplaces() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 1) {
			throw new IllegalArgumentException("Usage: SampleWorkplaces OUTPUT_FOLDER");
		}
		Path out = Files.createDirectories(Path.of(args[0]));
		try (Writer register = Files.newBufferedWriter(out.resolve("recognitions.csv"), StandardCharsets.UTF_8);
				Writer availability = Files.newBufferedWriter(out.resolve("availability.csv"),
						StandardCharsets.UTF_8)) {
			// the catalogue's day (Belgium), which the service reads availability on: in
			// UTC it is still the day before between 23:00 and 24:00 UTC
			new CatalogueGenerator(CatalogueGenerator.CatalogueFacts.ofSample(), SEED,
					be.duaalatlas.search.Publication.today())
				.write(WORKPLACES, register, availability, Writer.nullWriter());
		}
	}

}
