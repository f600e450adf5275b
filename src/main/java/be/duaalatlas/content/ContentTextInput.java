package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.validation.Cleaned;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.validation.OneOf;
import be.duaalatlas.validation.Slug;
import be.duaalatlas.validation.TrueOrFalse;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.ContentType;
import be.duaalatlas.vocabulary.Language;
import be.duaalatlas.vocabulary.Region;
import be.duaalatlas.vocabulary.Sector;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One language version of a key message or good practice as it comes in: the front matter
 * of an editorial file (bound by Jackson, by the file's names: {@code id}, {@code kind},
 * {@code published}, {@code until}) and one text of an editor's write (the GraphQL
 * {@code ContentInput}'s shared fields with one of its texts, by these names). Texts are
 * stripped, blank is absent; lists lose blanks and repeats. The constraints are the
 * version's rules; {@link ContentRules} adds that it ends after it starts.
 *
 * @param publishedFrom the first day public reads show it (absent: always)
 * @param publishedUntil the last day public reads show it (absent: no end)
 * @param editor the organisation (stakeholder key) whose editors keep it; absent: every
 * editor may
 * @param sample whether the text is invented (an illustrative good practice)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentTextInput(@JsonProperty("id") @NotBlank(message = ValidationProblems.MISSING) @Slug String key,
		@JsonProperty("kind") @NotBlank(
				message = ValidationProblems.MISSING) @OneOf(ContentType.class) String contentType,
		@NotBlank(message = ValidationProblems.MISSING) @OneOf(Language.class) String lang,
		@NotBlank(message = ValidationProblems.MISSING) @Size(max = MAX_TEXT) String title,
		@NotBlank(message = ValidationProblems.MISSING) @Size(max = MAX_TEXT) String summary,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Audience.class) List<String> audiences,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Topic.class) List<String> topics,
		@OneOf(Sector.class) List<String> sectors,
		@NotNull(message = ValidationProblems.MISSING) @Size(min = 1,
				message = ValidationProblems.NO_VALUE) @OneOf(Region.class) List<String> regions,
		@NotBlank(message = ValidationProblems.MISSING) @IsoDate String changed, @TrueOrFalse String sample,
		@JsonProperty("published") @IsoDate String publishedFrom, @JsonProperty("until") @IsoDate String publishedUntil,
		@Slug String editor) {

	/** The longest title or summary. */
	public static final int MAX_TEXT = 1000;

	public ContentTextInput {
		key = Cleaned.text(key);
		contentType = Cleaned.text(contentType);
		lang = Cleaned.text(lang);
		title = Cleaned.text(title);
		summary = Cleaned.text(summary);
		audiences = Cleaned.codes(audiences);
		topics = Cleaned.codes(topics);
		sectors = Cleaned.codes(sectors);
		regions = Cleaned.codes(regions);
		changed = Cleaned.text(changed);
		sample = Cleaned.text(sample);
		publishedFrom = Cleaned.text(publishedFrom);
		publishedUntil = Cleaned.text(publishedUntil);
		editor = Cleaned.text(editor);
	}

	/** Whether the version says it is invented. */
	boolean isSample() {
		return "true".equals(sample);
	}

}
