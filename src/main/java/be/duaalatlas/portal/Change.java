package be.duaalatlas.portal;

import java.util.List;
import be.duaalatlas.graphql.Cursor;
import java.util.Arrays;

import be.duaalatlas.vocabulary.Kind;
import co.elastic.clients.elasticsearch._types.FieldValue;

import org.springframework.modulith.NamedInterface;

/**
 * The GraphQL {@code Change}: a journal entry as partner apps see it (no who, no
 * organisation).
 */
@NamedInterface("writes")
public record Change(String cursor, String kind, String id, String operation, int version, List<String> fields,
		String changedAt) {

	public static Change of(JournalEntry entry) {
		String operation = switch (JournalEntry.Operation.valueOf(entry.operation())) {
			case MERGE -> "CHANGED";
			case INDEX -> entry.version() == 1 ? "CREATED" : "CHANGED";
			case DELETE -> "REMOVED";
		};
		String contentType = entry.document() == null ? null : entry.document().path("contentType").asText(null);
		Kind kind = Kind.of(entry.kind(), contentType);
		return new Change(cursor(entry.sequence()), kind.name(), kind.globalId(entry.recordId()), operation,
				entry.version(), entry.fields(), entry.at());
	}

	/**
	 * The global id of a record of an index kind (texts share one GraphQL type, so the
	 * content type is not needed).
	 */
	static String globalId(String indexKind, String key) {
		return Arrays.stream(Kind.values())
			.filter(k -> k.indexKind().equals(indexKind))
			.findFirst()
			.map(k -> k.globalId(key))
			.orElse(key);
	}

	static String cursor(long sequence) {
		return Cursor.encode(List.of(FieldValue.of(sequence)));
	}

}
