package be.duaalatlas.search;

import java.util.List;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.vocabulary.Kind;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * Autocomplete for every keystroke, over the suggestable kinds (see {@link Completions}).
 */
@Controller
class SuggestController {

	private final Completions completions;

	SuggestController(Completions completions) {
		this.completions = completions;
	}

	@QueryMapping
	List<SuggestionView> suggest(@Argument String prefix, @Argument Integer size, @Argument List<Kind> kinds) {
		String text = prefix == null ? "" : prefix.strip();
		if (text.isEmpty() || text.length() > 100) {
			throw new BadArgumentException("prefix", "'prefix' must be 1 to 100 characters, was " + text.length());
		}
		int count = size == null ? 8 : size;
		if (count < 1 || count > 20) {
			throw new BadArgumentException("size", "'size' must be between 1 and 20, was " + count);
		}
		List<Kind> wanted = Kind.suggestable()
			.stream()
			.filter(kind -> kinds == null || kinds.isEmpty() || kinds.contains(kind))
			.toList();
		return completions.complete(text, count, wanted)
			.stream()
			.map(c -> new SuggestionView(capitalised(c.text()), c.kind(), c.id()))
			.toList();
	}

	/** Pupil words are stored in lower case; a suggestion list shows them like names. */
	static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** One completion: the text to show, what it is, and its id to follow. */
	record SuggestionView(String text, Kind kind, String id) {
	}

}
