package be.duaalatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README is a newcomer's door and docs/ holds the rest: every relative link of either
 * leads to a file that exists, and the README stays short enough to read.
 */
class DocsLinksTest {

	private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

	@Test
	void everyRelativeLinkLeadsToAFile() throws IOException {
		List<String> broken = new ArrayList<>();
		for (Path page : pages()) {
			Matcher link = LINK.matcher(Files.readString(page));
			while (link.find()) {
				String target = link.group(1).replaceFirst("#.*$", "");
				if (target.isEmpty() || target.matches("^[a-z]+:.*")) {
					continue;
				}
				if (!Files.exists(page.getParent().resolve(target))) {
					broken.add(page + " → " + link.group(1));
				}
			}
		}
		assertThat(broken).isEmpty();
	}

	@Test
	void theReadmeStaysANewcomersDoor() throws IOException {
		assertThat(Files.readAllLines(Path.of("README.md"))).hasSizeLessThanOrEqualTo(200);
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> docs = Files.walk(Path.of("docs"))) {
			return Stream
				.concat(Stream.of(Path.of("README.md").toAbsolutePath()),
						docs.filter(path -> path.toString().endsWith(".md")).map(Path::toAbsolutePath))
				.toList();
		}
	}

}
