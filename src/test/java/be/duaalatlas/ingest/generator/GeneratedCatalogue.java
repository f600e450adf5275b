package be.duaalatlas.ingest.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;

import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.generator.CatalogueGenerator.CatalogueFacts;
import be.duaalatlas.ingest.generator.CatalogueGenerator.Counts;
import be.duaalatlas.ingest.yaml.AdapterTesting;

import org.springframework.core.io.ByteArrayResource;

/**
 * What the generator writes for a number of workplaces and a seed, over the shipped
 * sample's real facts.
 */
public record GeneratedCatalogue(int workplaces, long seed, String register, String availability, String offerings,
		Counts counts) {

	public static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

	/** The real places, programmes and partnerships of the shipped sample catalogue. */
	public static CatalogueFacts sampleFacts() {
		try (InputStream places = Files.newInputStream(AdapterTesting.SAMPLE.resolve("places/postcodes-be.tsv"));
				InputStream programmes = Files
					.newInputStream(AdapterTesting.SAMPLE.resolve("programmes/programmes.csv"));
				InputStream stakeholders = Files
					.newInputStream(AdapterTesting.SAMPLE.resolve("stakeholders/stakeholders.yaml"))) {
			return CatalogueFacts.read(places, programmes, stakeholders);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static GeneratedCatalogue of(int workplaces, long seed) {
		StringWriter register = new StringWriter();
		StringWriter availability = new StringWriter();
		StringWriter offerings = new StringWriter();
		try {
			Counts counts = new CatalogueGenerator(sampleFacts(), seed, TODAY).write(workplaces, register, availability,
					offerings);
			return new GeneratedCatalogue(workplaces, seed, register.toString(), availability.toString(),
					offerings.toString(), counts);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public SourceInput registerInput() {
		return input("recognitions.csv", register);
	}

	public SourceInput availabilityInput() {
		return input("availability.csv", availability);
	}

	public SourceInput offeringsInput() {
		return input("offerings.csv", offerings);
	}

	private SourceInput input(String file, String content) {
		String name = "generated:" + workplaces + "-seed-" + seed + "/" + file;
		return new SourceInput(name, new ByteArrayResource(content.getBytes(StandardCharsets.UTF_8), name));
	}

}
