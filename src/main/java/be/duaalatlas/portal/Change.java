package be.duaalatlas.portal;

import java.util.List;

import be.duaalatlas.graphql.Cursor;
import be.duaalatlas.search.Kinds;
import co.elastic.clients.elasticsearch._types.FieldValue;

/** The GraphQL {@code Change}: a journal entry as partner apps see it (no who, no organisation). */
record Change(String cursor, String kind, String id, String operation, int version, List<String> fields,
		String changedAt) {

	static Change of(JournalEntry entry) {
		String operation = switch (JournalEntry.Operation.valueOf(entry.operation())) {
			case MERGE -> "CHANGED";
			case INDEX -> entry.version() == 1 ? "CREATED" : "CHANGED";
			case DELETE -> "REMOVED";
		};
		String contentType = entry.document() == null ? null : entry.document().path("contentType").asText(null);
		return new Change(cursor(entry.sequence()), Kinds.of(entry.kind(), contentType),
				Kinds.globalId(entry.kind(), entry.recordId()), operation, entry.version(), entry.fields(),
				entry.at());
	}

	static String cursor(long sequence) {
		return Cursor.encode(List.of(FieldValue.of(sequence)));
	}

}
