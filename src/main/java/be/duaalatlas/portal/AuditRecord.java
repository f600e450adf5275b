package be.duaalatlas.portal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One write through the API in the audit trail (index {@code audit}), accepted or
 * refused.
 *
 * @param outcome ACCEPTED or REFUSED
 * @param error the refusal's classification (UNAUTHORIZED, FORBIDDEN, NOT_FOUND,
 * BAD_REQUEST, CONFLICT, or INTERNAL_ERROR when the engine failed)
 * @param before the fields the write set, as they were; {@code after} as they became
 * @param sequence the accepted write's position in the journal
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AuditRecord(String id, String at, String outcome, String error, String reason, String subject,
		String organisation, List<String> rights, String operation, String kind, String recordId,
		Integer expectedVersion, Integer version, Long sequence, ObjectNode before, ObjectNode after) {

	static final String ACCEPTED = "ACCEPTED";

	static final String REFUSED = "REFUSED";

}
