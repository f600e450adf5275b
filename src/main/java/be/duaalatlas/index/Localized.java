package be.duaalatlas.index;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A text in the catalogue's languages; Dutch is the reference language and is always
 * present.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Localized(String nl, String fr, String en) {

	public Optional<String> in(String lang) {
		String text = switch (lang) {
			case "fr" -> fr;
			case "en" -> en;
			default -> nl;
		};
		return Optional.ofNullable(text).filter(t -> !t.isBlank());
	}

}
