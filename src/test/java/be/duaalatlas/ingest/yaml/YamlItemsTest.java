package be.duaalatlas.ingest.yaml;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import be.duaalatlas.index.Localized;
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
		assertThat(a.text("phone")).isEqualTo("025530000");
		assertThat(a.text("lang")).isEqualTo("no");
		assertThat(a.date("changed")).isEqualTo("2025-09-01");
		assertThat(a.text("flag")).isEqualTo("yes");
		assertThat(a.lineOf("changed")).isEqualTo(5);
		assertThat(items.get(1).texts("list", true)).containsExactly("x", "y");
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
	void validationCollectsEveryProblemWithItsPath() throws IOException {
		YamlItems.read(text("t.yaml", """
				- id: Not A Slug
				  type: NOPE
				  name: { fr: Nom }
				  roles:
				    - role: X
				    - just text
				  regions: FLANDERS
				  extra: 1
				  changed: 1 september
				"""), sink, items::add);
		Item item = items.get(0);
		item.allowOnly(List.of("id", "type", "name", "roles", "regions", "changed"));
		item.slug("id");
		item.code("type", List.of("A", "B"));
		item.localized("name", true);
		item.children("roles", true).forEach(role -> role.code("role", List.of("R")));
		item.codes("regions", List.of("FLANDERS"), true);
		item.date("changed");
		item.text("missing");
		assertThat(item.problems()).extracting(YamlItems.Problem::message)
			.containsExactly("unknown field(s) extra; allowed: changed, id, name, regions, roles, type",
					"id 'Not A Slug' must be lower case letters, digits and hyphens", "type 'NOPE' is not one of A, B",
					"name.nl is missing", "roles[1] must be a mapping of fields, found 'just text'",
					"roles[0].role 'X' is not one of R",
					"regions must be a list ([a, b] or one '- a' a line), found 'FLANDERS'",
					"changed '1 september' is not a date (expected YYYY-MM-DD)", "missing is missing");
		assertThat(item.problems()).extracting(YamlItems.Problem::line)
			.containsExactly(8L, 1L, 2L, 3L, 6L, 5L, 7L, 9L, 1L);
	}

	@Test
	void localizedTextNeedsDutchAndKnowsOnlyTheCatalogueLanguages() throws IOException {
		YamlItems.read(text("t.yaml", """
				- a: { nl: " Een ", fr: "", en: One }
				- a: { nl: Een, de: Eins }
				"""), sink, items::add);
		assertThat(items.get(0).localized("a", true)).isEqualTo(new Localized("Een", null, "One"));
		items.get(1).localized("a", true);
		assertThat(items.get(1).reason()).isEqualTo("unknown field(s) de in a; allowed: en, fr, nl");
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
		item.date("changed");
		item.text("summary");
		assertThat(item.problems()).containsExactly(
				new YamlItems.Problem(4, "changed 'nope' is not a date (expected YYYY-MM-DD)", "changed"),
				new YamlItems.Problem(1, "summary is missing", "summary"));

		Item broken = YamlItems.parseMapping("id: a\ntitle: [x\n", 2, 1);
		assertThat(broken.valid()).isFalse();
		assertThat(broken.problemLine()).isEqualTo(4);
		assertThat(broken.reason()).startsWith("malformed YAML in the front matter: while parsing a flow sequence");
	}

	@Test
	void contactValuesAreChecked() throws IOException {
		YamlItems.read(text("t.yaml", """
				- { web: "https://www.vdab.be/duaal", mail: info@vdab.be, tel: "+32 2 553 00 00" }
				- { web: "www.vdab.be", mail: "info at vdab", tel: "call us" }
				"""), sink, items::add);
		Item good = items.get(0);
		assertThat(good.webAddress("web")).isEqualTo("https://www.vdab.be/duaal");
		assertThat(good.emailAddress("mail")).isEqualTo("info@vdab.be");
		assertThat(good.phoneNumber("tel")).isEqualTo("+32 2 553 00 00");
		Item bad = items.get(1);
		bad.webAddress("web");
		bad.emailAddress("mail");
		bad.phoneNumber("tel");
		assertThat(bad.reason()).isEqualTo("web 'www.vdab.be' is not a web address (https://...); "
				+ "mail 'info at vdab' is not an e-mail address; tel 'call us' is not a phone number");
	}

}
