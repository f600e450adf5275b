package be.duaalatlas.ingest.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.ingest.yaml.AdapterTesting.RecordingSink;
import be.duaalatlas.ingest.yaml.YamlItems.Item;
import org.junit.jupiter.api.Test;

import static be.duaalatlas.ingest.yaml.AdapterTesting.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class YamlItemsTest {

	private final RecordingSink sink = new RecordingSink();

	private final List<Item> items = new ArrayList<>();

	@Test
	void everyItemKeepsItsLineAndScalarsStayText() throws IOException {
		YamlItems.read(text("t.yaml", """
				# a comment
				- id: a
				  phone: 025530000
				  lang: no
				  changed: 2025-09-01
				  flag: yes

				- id: b
				  list: [x, y, x]
				"""), sink, items::add);
		assertThat(items).extracting(Item::line).containsExactly(2L, 8L);
		Item a = items.get(0);
		// as written: no number, boolean or date guessed (a record's binding decides)
		assertThat(a.node().get("phone").asText()).isEqualTo("025530000");
		assertThat(a.node().get("lang").asText()).isEqualTo("no");
		assertThat(a.node().get("changed").asText()).isEqualTo("2025-09-01");
		assertThat(a.node().get("flag").asText()).isEqualTo("yes");
		assertThat(a.lineOf("changed")).isEqualTo(5);
		assertThat(items.get(1).node().get("list")).extracting(node -> node.asText()).containsExactly("x", "y", "x");
		assertThat(a.valid()).isTrue();
		assertThat(sink.rejected).isEmpty();
	}

	@Test
	void anItemThatIsNotAMappingIsRejectedAndTheRestReads() throws IOException {
		YamlItems.read(text("t.yaml", """
				- id: a
				- just a text
				- [1, 2]
				- id: d
				"""), sink, items::add);
		assertThat(items).extracting(Item::line).containsExactly(1L, 4L);
		assertThat(sink.rejected).extracting(AdapterTesting.Rejected::line).containsExactly(2L, 3L);
		assertThat(sink.rejection(2).reason())
			.isEqualTo("item is not a mapping of fields ('- id: ...'), found 'just a text'");
		assertThat(sink.rejection(3).reason()).endsWith("found a list");
	}

	@Test
	void aFieldWrittenTwiceIsAProblemOfTheItem() throws IOException {
		YamlItems.read(text("t.yaml", """
				- id: a
				  name:
				    nl: Een
				    nl: Twee
				  id: b
				- id: c
				"""), sink, items::add);
		assertThat(items).hasSize(2);
		assertThat(items.get(0).reason()).isEqualTo("name.nl is written twice; id is written twice");
		assertThat(items.get(0).problemLine()).isEqualTo(4);
		assertThat(items.get(1).valid()).isTrue();
	}

	@Test
	void malformedYamlFailsTheWholeFileWithTheLineOfTheError() {
		assertThatThrownBy(() -> YamlItems.read(text("bad.yaml", """
				- id: a
				- id: b
				  list: [1, 2
				- id: c
				"""), sink, items::add)).isInstanceOf(IOException.class)
			.hasMessageStartingWith(
					"bad.yaml:4: malformed YAML, the file cannot be read: while parsing a flow sequence");
	}

	@Test
	void aFileThatIsNotAListFails() {
		assertThatThrownBy(() -> YamlItems.read(text("map.yaml", "id: a\nname: b\n"), sink, items::add))
			.isInstanceOf(IOException.class)
			.hasMessage("map.yaml:1 must be a YAML list of items ('- id: ...'), found a mapping");
		assertThatThrownBy(() -> YamlItems.read(text("empty.yaml", "# nothing yet\n"), sink, items::add))
			.isInstanceOf(IOException.class)
			.hasMessage("empty.yaml is empty: expected a YAML list of items ('- id: ...')");
	}

	@Test
	void anEmptyListIsFine() throws IOException {
		YamlItems.read(text("t.yaml", "[]\n"), sink, items::add);
		assertThat(items).isEmpty();
		assertThat(sink.rejected).isEmpty();
	}

	@Test
	void aMappingParsedAloneReportsTheLinesOfItsFile() {
		Item item = YamlItems.parseMapping("id: a\ntitle: T\nchanged: nope\n", 2, 1);
		assertThat(item.line()).isEqualTo(1);
		assertThat(item.lineOf("changed")).isEqualTo(4);
		item.problem("changed", "'nope' is not a date (expected YYYY-MM-DD)");
		item.problem("summary is missing");
		assertThat(item.problems()).containsExactly(
				new YamlItems.Problem(4, "changed 'nope' is not a date (expected YYYY-MM-DD)", "changed"),
				new YamlItems.Problem(1, "summary is missing", null));

		Item broken = YamlItems.parseMapping("id: a\ntitle: [x\n", 2, 1);
		assertThat(broken.valid()).isFalse();
		assertThat(broken.problemLine()).isEqualTo(4);
		assertThat(broken.reason()).startsWith("malformed YAML in the front matter: while parsing a flow sequence");
	}

}
