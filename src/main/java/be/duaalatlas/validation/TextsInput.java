package be.duaalatlas.validation;

import be.duaalatlas.index.Localized;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A text in the catalogue's languages as it comes in (the GraphQL {@code TextsInput}, a
 * YAML {@code {nl, fr, en}}): Dutch required, the reference language; French and English
 * optional. Values are stripped, blank is absent.
 */
public record TextsInput(
		@NotBlank(message = ValidationProblems.MISSING) @Size(max = TextsInput.MAX_TEXT,
				message = TextsInput.TOO_LONG) String nl,
		@Size(max = TextsInput.MAX_TEXT, message = TextsInput.TOO_LONG) String fr,
		@Size(max = TextsInput.MAX_TEXT, message = TextsInput.TOO_LONG) String en) {

	/** The longest text in one language (a description of a few paragraphs). */
	public static final int MAX_TEXT = 4000;

	static final String TOO_LONG = "is longer than {max} characters";

	public TextsInput {
		nl = Cleaned.text(nl);
		fr = Cleaned.text(fr);
		en = Cleaned.text(en);
	}

	/** The texts as a document holds them; null when Dutch is missing. */
	public Localized localized() {
		return nl == null ? null : new Localized(nl, fr, en);
	}

}
