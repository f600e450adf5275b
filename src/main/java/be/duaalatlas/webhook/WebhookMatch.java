package be.duaalatlas.webhook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.duaalatlas.portal.JournalFeed;
import be.duaalatlas.search.Documents;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Whether a webhook wants a journal entry: its kind, its organisation's own writes only,
 * and a programme or region judged on the record as the public reads it now (a write that
 * only sets some fields does not carry them). A removal passes the programme and region
 * filters: the record is gone, and that it is gone is what a partner must hear.
 */
@Component
class WebhookMatch {

	private static final List<String> PROGRAMME_FIELDS = List.of("programmeCodes", "programmeCode");

	private static final List<String> REGION_FIELDS = List.of("region", "province", "regions");

	private final Documents documents;

	WebhookMatch(Documents documents) {
		this.documents = documents;
	}

	boolean wants(Subscription webhook, JournalFeed.Entry entry) {
		if (!webhook.kinds().contains(entry.change().kind())) {
			return false;
		}
		if (webhook.ownRecordsOnly() && !webhook.organisation().equals(entry.organisation())) {
			return false;
		}
		if ((webhook.programme() == null && webhook.region() == null) || "REMOVED".equals(entry.change().operation())) {
			return true;
		}
		Optional<ObjectNode> record = documents.byId(entry.indexKind(), entry.recordKey(), ObjectNode.class);
		if (record.isEmpty()) {
			return false;
		}
		boolean programme = webhook.programme() == null
				|| values(record.get(), PROGRAMME_FIELDS).contains(webhook.programme())
				|| ("programmes".equals(entry.indexKind()) && webhook.programme().equals(entry.recordKey()));
		boolean region = webhook.region() == null || values(record.get(), REGION_FIELDS).contains(webhook.region());
		return programme && region;
	}

	private static List<String> values(ObjectNode record, List<String> fields) {
		List<String> values = new ArrayList<>();
		for (String field : fields) {
			JsonNode value = record.path(field);
			if (value.isArray()) {
				value.forEach(v -> values.add(v.asText()));
			}
			else if (value.isTextual()) {
				values.add(value.asText());
			}
		}
		return values;
	}

}
