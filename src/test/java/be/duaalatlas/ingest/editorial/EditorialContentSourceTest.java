package be.duaalatlas.ingest.editorial;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.duaalatlas.content.ContentDocument;
import be.duaalatlas.index.Localized;
import be.duaalatlas.ingest.ImportContext;
import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.AdapterTesting;
import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.content.Topic;
import be.duaalatlas.vocabulary.ContentType;
import be.duaalatlas.vocabulary.Enums;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

class EditorialContentSourceTest {

	private static final String DIR = "fixtures/editorial-content/";

	private final EditorialContentSource source = new EditorialContentSource(
			Validation.buildDefaultValidatorFactory().getValidator());

	private final ImportContext context = AdapterTesting.context(Map.of());

	/** One sink per file, as the pipeline gives them. */
	private final Map<String, RecordingSink> sinks = new LinkedHashMap<>();

	private RecordingSink sink(String file) {
		return sinks.computeIfAbsent(DIR + file, name -> new RecordingSink());
	}

	private void readAll(String... files) throws IOException {
		List<SourceInput> inputs = java.util.Arrays.stream(files).map(f -> AdapterTesting.fixture(DIR + f)).toList();
		source.readAll(inputs, context, input -> sinks.computeIfAbsent(input.name(), name -> new RecordingSink()));
	}

	@Test
	void mergesTheLanguagesOfOneTextIntoOneDocument() throws IOException {
		readAll("messages/wat-is-duaal.en.md", "messages/wat-is-duaal.fr.md", "messages/wat-is-duaal.nl.md",
				"practices/mentor-bouw.nl.md");

		assertThat(sink("messages/wat-is-duaal.en.md").indexed).isEmpty();
		assertThat(sink("messages/wat-is-duaal.fr.md").indexed).isEmpty();
		assertThat(sinks.values()).allSatisfy(s -> assertThat(s.rejected).isEmpty());
		RecordingSink nl = sink("messages/wat-is-duaal.nl.md");
		assertThat(nl.indexed.keySet()).containsExactly("wat-is-duaal");
		assertThat(nl.indexed.get("wat-is-duaal").line()).isEqualTo(1);
		ContentDocument message = nl.document("wat-is-duaal");
		assertThat(message.kind()).isEqualTo("content");
		AdapterTesting.assertFitsMapping("content", message);
		assertThat(message.id()).isEqualTo("wat-is-duaal");
		assertThat(message.contentType()).isEqualTo(ContentType.KEY_MESSAGE);
		assertThat(message.name()).isEqualTo(new Localized("Wat is duaal leren?",
				"Qu'est-ce que la formation en alternance ?", "What is dual learning?"));
		assertThat(message.description().nl())
			.isEqualTo("Je leert op school én op een echte werkplek, en je behaalt hetzelfde diploma.");
		assertThat(message.description().fr()).startsWith("Tu apprends");
		assertThat(message.body().nl()).isEqualTo("# Wat is duaal leren?\n\n"
				+ "Bij **duaal leren** leer je een groot deel van de week op een erkende leerwerkplek.");
		assertThat(message.body().fr()).startsWith("Dans la **formation en alternance**");
		assertThat(message.body().en()).startsWith("In **dual learning**");
		assertThat(message.languages()).containsExactly("nl", "fr", "en");
		assertThat(message.topics()).containsExactly("WHAT_IS_DUAL", "WHO_IS_IT_FOR", "BRUSSELS");
		assertThat(message.audiences()).containsExactly("PUPIL", "PARENT");
		assertThat(message.regions()).containsExactly("FLANDERS", "BRUSSELS");
		assertThat(message.sectors()).isEmpty();
		assertThat(message.steps()).isEmpty();
		assertThat(message.updatedAt()).isEqualTo("2025-09-15");
		assertThat(message.provenance().source()).isEqualTo("editorial-content");
		assertThat(message.provenance().file()).isEqualTo(DIR + "messages/wat-is-duaal.nl.md");
		assertThat(message.provenance().line()).isEqualTo(1);
		assertThat(message.provenance().changedAt()).isEqualTo("2025-09-15");

		ContentDocument practice = sink("practices/mentor-bouw.nl.md").document("mentor-bouw");
		assertThat(practice.contentType()).isEqualTo(ContentType.GOOD_PRACTICE);
		assertThat(practice.name()).isEqualTo(new Localized("Een mentor op de werf", null, null));
		assertThat(practice.languages()).containsExactly("nl");
		assertThat(practice.sectors()).containsExactly("bouw");
		assertThat(practice.regions()).containsExactly("OOST_VLAANDEREN");
	}

	@Test
	void rejectsEachBadFileWithItsLineAndImportsTheRest() throws IOException {
		readAll("messages/alleen-frans.fr.md", "messages/fouten.nl.md", "messages/geen-front-matter.nl.md",
				"messages/kapotte-yaml.nl.md", "messages/leeg.nl.md", "messages/verkeerde-taal.nl.md",
				"messages/wat-is-duaal.nl.md", "practices/mentor-bouw.fr.md", "practices/mentor-bouw.nl.md",
				"practices/wat-is-duaal.nl.md");

		assertThat(sinks.values().stream().flatMap(s -> s.indexed.keySet().stream()))
			.containsExactlyInAnyOrder("wat-is-duaal", "mentor-bouw");
		assertThat(sink("messages/alleen-frans.fr.md").rejected).containsExactly(
				new AdapterTesting.Rejected(2, "no Dutch version of id alleen-frans (expected alleen-frans.nl.md)"));
		assertThat(sink("messages/fouten.nl.md").rejected).containsExactly(
				new AdapterTesting.Rejected(1, "summary is missing; topics has unknown value(s) HOLIDAYS; allowed: "
						+ String.join(", ", Enums.names(Topic.class).stream().sorted().toList())));
		assertThat(sink("messages/geen-front-matter.nl.md").rejected).containsExactly(new AdapterTesting.Rejected(1,
				"no front matter: the file must start with a '---' line, the YAML fields, and a '---' line"));
		assertThat(sink("messages/kapotte-yaml.nl.md").rejected).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(6);
			assertThat(r.reason()).startsWith("malformed YAML in the front matter: while parsing a flow sequence");
		});
		assertThat(sink("messages/leeg.nl.md").rejected)
			.containsExactly(new AdapterTesting.Rejected(12, "the text after the front matter is empty"));
		assertThat(sink("messages/verkeerde-taal.nl.md").rejected).containsExactly(
				new AdapterTesting.Rejected(4, "lang 'fr' differs from the file name 'verkeerde-taal.nl.md'"));
		assertThat(sink("practices/mentor-bouw.fr.md").rejected).containsExactly(
				new AdapterTesting.Rejected(3, "kind KEY_MESSAGE differs from the Dutch version's GOOD_PRACTICE (" + DIR
						+ "practices/mentor-bouw.nl.md)"));
		assertThat(sink("practices/wat-is-duaal.nl.md").rejected).containsExactly(new AdapterTesting.Rejected(2,
				"id 'wat-is-duaal' in language nl is already given by " + DIR + "messages/wat-is-duaal.nl.md"));
		ContentDocument withoutItsTranslation = sink("practices/mentor-bouw.nl.md").document("mentor-bouw");
		assertThat(withoutItsTranslation.languages()).containsExactly("nl");
	}

	@Test
	void aSingleFileIsATextOfItsOwn() throws IOException {
		RecordingSink one = new RecordingSink();
		source.read(AdapterTesting.fixture(DIR + "practices/mentor-bouw.nl.md"), context, one);
		assertThat(one.indexed.keySet()).containsExactly("mentor-bouw");

		RecordingSink translation = new RecordingSink();
		source.read(AdapterTesting.fixture(DIR + "messages/wat-is-duaal.fr.md"), context, translation);
		assertThat(translation.indexed).isEmpty();
		assertThat(translation.rejected).extracting(AdapterTesting.Rejected::reason)
			.containsExactly("no Dutch version of id wat-is-duaal (expected wat-is-duaal.nl.md)");
	}

	@Test
	void theSampleContentImportsWhole() throws IOException {
		assumeThat(AdapterTesting.sampleExists("content")).as("sample content written").isTrue();
		// the texts, not content/SOURCE.md beside them
		List<SourceInput> inputs = AdapterTesting.samples("content", ".md")
			.stream()
			.filter(input -> !input.name().endsWith("SOURCE.md"))
			.toList();
		Map<String, RecordingSink> byFile = new LinkedHashMap<>();
		source.readAll(inputs, context, input -> byFile.computeIfAbsent(input.name(), name -> new RecordingSink()));

		assertThat(byFile.values().stream().flatMap(s -> s.rejected.stream().map(r -> r.line() + ": " + r.reason())))
			.isEmpty();
		List<ContentDocument> texts = byFile.values()
			.stream()
			.flatMap(s -> s.indexed.values().stream())
			.map(i -> (ContentDocument) i.document())
			.toList();
		texts.forEach(text -> AdapterTesting.assertFitsMapping("content", text));
		assertThat(texts).extracting(ContentDocument::contentType)
			.contains(ContentType.KEY_MESSAGE, ContentType.GOOD_PRACTICE);
		assertThat(texts).allSatisfy(t -> assertThat(t.languages()).contains("nl"));
		assertThat(texts).hasSizeGreaterThanOrEqualTo(8);
	}

}
