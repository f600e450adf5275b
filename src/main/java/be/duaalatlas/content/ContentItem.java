package be.duaalatlas.content;

import java.util.List;

import be.duaalatlas.graphql.Text;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.vocabulary.ContentType;
import be.duaalatlas.vocabulary.Kind;

/** The GraphQL {@code ContentItem}: a key message or a good practice in one language. */
public record ContentItem(String id, ContentType contentType, Text title, Text summary, Text body,
		List<String> audiences, List<String> topics, List<String> sectors, List<String> regions, List<String> languages,
		Provenance provenance, boolean sample, String key, int version, String publishedFrom, String publishedUntil) {

	public static ContentItem of(ContentDocument doc, String lang) {
		return new ContentItem(Kind.KEY_MESSAGE.globalId(doc.id()), doc.contentType(), Text.of(doc.name(), lang),
				Text.of(doc.description(), lang), Text.of(doc.body(), lang), orEmpty(doc.audiences()),
				orEmpty(doc.topics()), orEmpty(doc.sectors()), orEmpty(doc.regions()), orEmpty(doc.languages()),
				doc.provenance(), doc.sample(), doc.id(), doc.recordVersion() == null ? 0 : doc.recordVersion(),
				doc.publishedFrom(), doc.publishedUntil());
	}

	private static List<String> orEmpty(List<String> list) {
		return list == null ? List.of() : list;
	}

}
