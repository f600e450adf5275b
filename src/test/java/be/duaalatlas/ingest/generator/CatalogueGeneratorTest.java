package be.duaalatlas.ingest.generator;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import be.duaalatlas.ingest.generator.CatalogueGenerator.CatalogueFacts;
import be.duaalatlas.ingest.generator.CatalogueGenerator.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthetic catalogue generator: deterministic for a seed, in the sources' own
 * layouts, over the real facts.
 */
class CatalogueGeneratorTest {

	@Test
	void theSameSeedWritesTheSameBytes() {
		GeneratedCatalogue first = GeneratedCatalogue.of(3_000, 7);
		GeneratedCatalogue second = GeneratedCatalogue.of(3_000, 7);

		assertThat(second.register()).isEqualTo(first.register());
		assertThat(second.availability()).isEqualTo(first.availability());
		assertThat(second.offerings()).isEqualTo(first.offerings());
		assertThat(second.counts()).isEqualTo(first.counts());
	}

	@Test
	void anotherSeedWritesAnotherCatalogueOfTheSameEstablishments() {
		GeneratedCatalogue seven = GeneratedCatalogue.of(3_000, 7);
		GeneratedCatalogue eight = GeneratedCatalogue.of(3_000, 8);

		assertThat(eight.register()).isNotEqualTo(seven.register());
		assertThat(eight.availability()).isNotEqualTo(seven.availability());
		assertThat(eight.offerings()).isNotEqualTo(seven.offerings());
		// the numbering of the establishments does not depend on the seed, what they
		// are does
		assertThat(establishments(eight.register())).isEqualTo(establishments(seven.register()));
	}

	@Test
	void writesTheAskedNumberOfWorkplacesAndCountsWhatItWrote() {
		GeneratedCatalogue generated = GeneratedCatalogue.of(5_000, 42);

		List<String[]> register = rows(generated.register());
		assertThat(generated.register().lines().findFirst()).contains(CatalogueGenerator.REGISTER_HEADER);
		assertThat(generated.availability().lines().findFirst()).contains(CatalogueGenerator.AVAILABILITY_HEADER);
		assertThat(generated.offerings().lines().findFirst()).contains(CatalogueGenerator.OFFERINGS_HEADER);
		assertThat(establishments(generated.register())).hasSize(5_000);
		assertThat(generated.counts().workplaces()).isEqualTo(5_000);
		assertThat(register).hasSize((int) generated.counts().recognitions());
		assertThat(rows(generated.availability())).hasSize((int) generated.counts().availability());
		assertThat(rows(generated.offerings())).hasSize((int) generated.counts().offerings());
		// one recognition id per line, and an establishment's lines together (the
		// register's export order)
		assertThat(register.stream().map(f -> f[0]).collect(Collectors.toSet())).hasSize(register.size());
		List<String> order = register.stream().map(f -> f[2]).distinct().toList();
		assertThat(order).hasSize(5_000);
		// every record is flagged as sample data
		assertThat(register).allSatisfy(f -> assertThat(f[16]).isEqualTo("true"));
		assertThat(rows(generated.offerings())).allSatisfy(f -> assertThat(f[11]).isEqualTo("true"));
	}

	@Test
	void spreadsItsRecordsOverTheRealPlacesProgrammesAndPartnerships() {
		CatalogueFacts facts = GeneratedCatalogue.sampleFacts();
		Set<String> postcodes = facts.places().stream().map(Place::postcode).collect(Collectors.toSet());
		Set<String> programmes = facts.programmesBySector()
			.values()
			.stream()
			.flatMap(List::stream)
			.collect(Collectors.toSet());
		GeneratedCatalogue generated = GeneratedCatalogue.of(5_000, 42);

		List<String[]> register = rows(generated.register());
		assertThat(register).allSatisfy(f -> {
			assertThat(postcodes).contains(f[6]);
			assertThat(programmes).contains(f[9]);
			assertThat(facts.partnerships()).contains(f[11]);
			assertThat(facts.programmesBySector().get(f[8])).contains(f[9]);
		});
		assertThat(rows(generated.offerings())).allSatisfy(f -> {
			assertThat(postcodes).contains(f[6]);
			assertThat(programmes).contains(f[1]);
		});
		// spread: most provinces' postcodes and most sectors occur
		assertThat(register.stream().map(f -> f[6].charAt(0)).collect(Collectors.toSet())).contains('1', '2', '3', '8',
				'9');
		assertThat(register.stream().map(f -> f[8]).collect(Collectors.toSet()))
			.hasSize(facts.programmesBySector().size());
	}

	private static List<String[]> rows(String csv) {
		return csv.lines().skip(1).map(line -> line.split(";", -1)).toList();
	}

	private static Set<String> establishments(String register) {
		return new HashSet<>(Arrays.asList(rows(register).stream().map(f -> f[2]).toArray(String[]::new)));
	}

}
