package be.duaalatlas.webhook;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.index.CatalogueIndices;
import be.duaalatlas.index.EngineCalls;
import be.duaalatlas.index.EngineConflicts;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.Refresh;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.GetResponse;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkOperation;
import co.elastic.clients.elasticsearch.core.search.Hit;

import org.springframework.stereotype.Component;

/**
 * Webhooks and their deliveries in the engine (indices {@code webhooks} and
 * {@code webhook-deliveries}), readable by every instance; each write refreshed, so the
 * next read (the dispatcher's, the partner's) sees it.
 */
@Component
class WebhookStore {

	static final String WEBHOOKS = "webhooks";

	static final String DELIVERIES = "webhook-deliveries";

	/** More webhooks than every organisation's maximum together is not expected. */
	private static final int MAX_ACTIVE = 10_000;

	private static final int LOG_PAGE = 1000;

	/** A log longer than this is left to be removed with the next removal. */
	private static final int MAX_LOG_PAGES = 100;

	private final ElasticsearchClient client;

	private final CatalogueIndices indices;

	WebhookStore(ElasticsearchClient client, CatalogueIndices indices) {
		this.client = client;
		this.indices = indices;
	}

	void save(Subscription webhook) {
		EngineCalls.call(() -> client
			.index(i -> i.index(indices.alias(WEBHOOKS)).id(webhook.id()).document(webhook).refresh(Refresh.True)));
	}

	Optional<Subscription> webhook(String id) {
		GetResponse<Subscription> found = EngineCalls
			.call(() -> client.get(g -> g.index(indices.alias(WEBHOOKS)).id(id), Subscription.class));
		return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
	}

	List<Subscription> of(String organisation, int max) {
		return EngineCalls.call(() -> client.search(s -> s.index(indices.alias(WEBHOOKS))
			.query(q -> q.term(t -> t.field("organisation").value(organisation)))
			.sort(o -> o.field(f -> f.field("createdAt")))
			.sort(o -> o.field(f -> f.field("id")))
			.size(max), Subscription.class)).hits().hits().stream().map(Hit::source).toList();
	}

	List<Subscription> active() {
		return EngineCalls.call(() -> client.search(s -> s.index(indices.alias(WEBHOOKS))
			.query(q -> q.term(t -> t.field("status").value(Subscription.ACTIVE)))
			.size(MAX_ACTIVE), Subscription.class)).hits().hits().stream().map(Hit::source).toList();
	}

	/** Moves a webhook's cursor; nothing when the webhook was removed meanwhile. */
	void advance(String id, long cursor) {
		set(id, Map.of("cursor", cursor));
	}

	void pause(String id, String reason) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("status", Subscription.PAUSED);
		fields.put("pausedReason", reason);
		set(id, fields);
	}

	void resume(String id) {
		Map<String, Object> fields = new HashMap<>();
		fields.put("status", Subscription.ACTIVE);
		fields.put("pausedReason", null);
		set(id, fields);
	}

	private void set(String id, Map<String, Object> fields) {
		try {
			client.update(u -> u.index(indices.alias(WEBHOOKS)).id(id).doc(fields).refresh(Refresh.True), Map.class);
		}
		catch (ElasticsearchException ex) {
			if (ex.status() != 404) {
				throw ex;
			}
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Removes a webhook and its delivery log (page by page: the embedded engine has no
	 * delete-by-query).
	 */
	void remove(String id) {
		EngineCalls.call(() -> client.delete(d -> d.index(indices.alias(WEBHOOKS)).id(id).refresh(Refresh.True)));
		for (int page = 0; page < MAX_LOG_PAGES; page++) {
			List<String> ids = EngineCalls.call(() -> client.search(s -> s.index(indices.alias(DELIVERIES))
				.query(q -> q.term(t -> t.field("webhook").value(id)))
				.source(src -> src.fetch(false))
				.size(LOG_PAGE), Void.class)).hits().hits().stream().map(Hit::id).toList();
			if (ids.isEmpty()) {
				return;
			}
			EngineCalls.call(() -> client.bulk(b -> b.refresh(Refresh.True)
				.operations(ids.stream()
					.map(delivery -> BulkOperation
						.of(o -> o.delete(d -> d.index(indices.alias(DELIVERIES)).id(delivery))))
					.toList())));
		}
	}

	/**
	 * Keeps a new delivery; false when one with its id exists (the entry was read
	 * before).
	 */
	boolean create(Delivery delivery) {
		try {
			client.create(
					c -> c.index(indices.alias(DELIVERIES)).id(delivery.id()).document(delivery).refresh(Refresh.True));
			return true;
		}
		catch (ElasticsearchException | IOException ex) {
			if (EngineConflicts.isConflict(ex)) {
				return false;
			}
			throw ex instanceof IOException io ? new java.io.UncheckedIOException(io) : (ElasticsearchException) ex;
		}
	}

	void update(Delivery delivery) {
		EngineCalls.call(() -> client
			.index(i -> i.index(indices.alias(DELIVERIES)).id(delivery.id()).document(delivery).refresh(Refresh.True)));
	}

	Optional<Delivery> delivery(String id) {
		GetResponse<Delivery> found = EngineCalls
			.call(() -> client.get(g -> g.index(indices.alias(DELIVERIES)).id(id), Delivery.class));
		return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
	}

	/**
	 * A webhook's deliveries not yet delivered, in journal order, at most {@code max}.
	 */
	List<Delivery> pending(String webhook, int max) {
		return EngineCalls.call(() -> client.search(s -> s.index(indices.alias(DELIVERIES))
			.query(q -> q.bool(b -> b.filter(f -> f.term(t -> t.field("webhook").value(webhook)))
				.filter(f -> f.term(t -> t.field("status").value(Delivery.PENDING)))))
			.sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc)))
			.size(max), Delivery.class)).hits().hits().stream().map(Hit::source).toList();
	}

	/** A page of a webhook's delivery log, newest change first. */
	SearchResponse<Delivery> log(String webhook, PageRequest page) {
		return EngineCalls.call(() -> client.search(s -> {
			s.index(indices.alias(DELIVERIES))
				.query(q -> q.term(t -> t.field("webhook").value(webhook)))
				.sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Desc)))
				.sort(o -> o.field(f -> f.field("id").order(SortOrder.Desc)))
				.size(page.first() + 1);
			if (page.after() != null) {
				s.searchAfter(page.after());
			}
			return s;
		}, Delivery.class));
	}

}
