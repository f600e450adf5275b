package be.duaalatlas.ingest.editorial;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import be.duaalatlas.ingest.SourceInput;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.ingest.yaml.YamlItems.Item;

/**
 * A Markdown file with YAML front matter: a {@code ---} line, the YAML fields, a
 * {@code ---} line, then the body. The front matter comes back as an {@link Item} whose
 * lines are the file's lines; a file without (closed) front matter gives an item whose
 * only problem says so, on line 1.
 *
 * @param frontMatter the fields, to validate
 * @param body the Markdown text after the front matter, without leading and trailing
 * blank lines
 * @param bodyLine the file's line the body starts on (where an empty body is reported)
 */
record MarkdownFile(Item frontMatter, String body, long bodyLine) {

	static MarkdownFile read(SourceInput input) throws IOException {
		String text;
		try (InputStream in = input.open()) {
			text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		return parse(text);
	}

	static MarkdownFile parse(String text) {
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		List<String> lines = Arrays.asList(text.split("\r?\n", -1));
		if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
			return new MarkdownFile(Item.invalid(1,
					"no front matter: the file must start with a '---' line, the YAML fields, and a '---' line"),
					text.strip(), 1);
		}
		int close = -1;
		for (int i = 1; i < lines.size(); i++) {
			String line = lines.get(i).strip();
			if (line.equals("---") || line.equals("...")) {
				close = i;
				break;
			}
		}
		if (close < 0) {
			return new MarkdownFile(Item.invalid(1, "the front matter is not closed by a '---' line"), "",
					lines.size());
		}
		Item frontMatter = YamlItems.parseMapping(String.join("\n", lines.subList(1, close)), 2, 1);
		String body = String.join("\n", lines.subList(close + 1, lines.size())).strip();
		return new MarkdownFile(frontMatter, body, close + 2L);
	}

}
