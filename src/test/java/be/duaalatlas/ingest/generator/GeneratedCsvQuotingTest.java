package be.duaalatlas.ingest.generator;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.duaalatlas.ingest.CsvRows;
import be.duaalatlas.ingest.generator.CatalogueGenerator.CatalogueFacts;
import be.duaalatlas.ingest.generator.CatalogueGenerator.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generator writes the adapters' own CSV dialect: a separator or a quote in a name
 * stays in its field.
 */
class GeneratedCsvQuotingTest {

	@Test
	void aSeparatorOrAQuoteInANameStaysInItsField() throws IOException {
		String name = "Gent; \"centrum\"";
		CatalogueFacts facts = new CatalogueFacts(List.of(new Place("9000", name)),
				Map.of("bouw", List.of("ruwbouw-duaal")), Set.of("sp-bouw"));
		StringWriter register = new StringWriter();
		StringWriter availability = new StringWriter();
		StringWriter offerings = new StringWriter();

		new CatalogueGenerator(facts, 7, LocalDate.of(2026, 11, 27)).write(41, register, availability, offerings);

		List<Map<String, String>> recognitions = CsvRows.readAll(new StringReader(register.toString()), ';');
		assertThat(recognitions).isNotEmpty()
			.allSatisfy(row -> assertThat(row).containsEntry("municipality", name).containsEntry("sample", "true"));
		assertThat(CsvRows.readAll(new StringReader(offerings.toString()), ';')).isNotEmpty()
			.allSatisfy(row -> assertThat(row).containsEntry("municipality", name).containsEntry("sample", "true"));
	}

}
