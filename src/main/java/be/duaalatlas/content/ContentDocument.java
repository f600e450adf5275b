package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.index.Localized;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.ContentType;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A key message of the communication strategy or a sector's good practice, all its
 * languages in one document, as indexed in {@code content} (see
 * {@code search-mappings/content.json}).
 *
 * @param id the editors' stable id, also the document id
 * @param contentType {@code KEY_MESSAGE} or {@code GOOD_PRACTICE}
 * @param name the title per language
 * @param description the summary per language
 * @param body the Markdown text per language
 * @param languages the languages it is written in ({@code nl} always)
 * @param steps not used by editorial content (empty); present so that one filter works
 * over all kinds
 * @param provenance where the Dutch version was read; {@code changedAt} is the latest
 * change of any language
 * @param publishedFrom the first day public reads show it (absent: always)
 * @param publishedUntil the last day public reads show it (absent: no end)
 * @param editor the organisation (stakeholder key) whose editors keep it; absent: every
 * editor
 * @param recordVersion how many writes through the API this record has had (absent: none)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentDocument(String kind, String id, ContentType contentType, Localized name, Localized description,
		Localized body, List<String> topics, List<String> audiences, List<String> sectors, List<String> regions,
		List<String> languages, List<String> steps, boolean sample, String updatedAt, Provenance provenance,
		String publishedFrom, String publishedUntil, String editor, Integer recordVersion) {

	public static final String KIND = Kind.KEY_MESSAGE.indexKind();

}
