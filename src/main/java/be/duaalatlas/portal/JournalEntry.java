package be.duaalatlas.portal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.modulith.NamedInterface;

/**
 * One accepted write in the journal (index {@code write-journal}): what it did to which
 * record, so that a full import can do it again on the rebuilt index, and so that partner
 * apps can follow the changes in order.
 *
 * @param sequence the write's position among all accepted writes (the change feed's
 * cursor)
 * @param operation {@link Operation} name
 * @param version the record's version after the write
 * @param fields the fields the write set (for the change feed)
 * @param document for MERGE the fields set (null values clear), for INDEX the whole
 * record; for DELETE only what says which kind of text it was ({@code contentType})
 */
@NamedInterface("writes")
@JsonIgnoreProperties(ignoreUnknown = true)
record JournalEntry(long sequence, String kind, String recordId, String operation, int version, List<String> fields,
		ObjectNode document, String at, String organisation, String subject) {

	/** What a write does to its record, as the engine's bulk API knows it. */
	enum Operation {

		/** Sets some fields of an existing record. */
		MERGE,

		/** Creates or replaces a whole record. */
		INDEX,

		/** Removes a record. */
		DELETE

	}

	JournalEntry at(long position) {
		return new JournalEntry(position, kind, recordId, operation, version, fields, document, at, organisation,
				subject);
	}

}
