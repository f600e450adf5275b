package be.duaalatlas.webhook;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Connection;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.PageRequest;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.EngineCalls;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.JournalFeed;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.security.Caller;
import be.duaalatlas.validation.Slug;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.Region;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * A partner's webhooks: each organisation registers, lists, removes and resumes its own,
 * and reads and redelivers its own deliveries; another organisation's webhook is
 * NOT_FOUND, as if it did not exist.
 */
@Controller
class WebhookController {

	private static final int MAX_ID = 100;

	private final WebhookStore store;

	private final WebhookUrls urls;

	private final WebhookDispatcher dispatcher;

	private final WebhookLeases leases;

	private final JournalFeed journal;

	private final WebhookProperties properties;

	private final Validator validator;

	WebhookController(WebhookStore store, WebhookUrls urls, WebhookDispatcher dispatcher, WebhookLeases leases,
			JournalFeed journal, WebhookProperties properties, Validator validator) {
		this.store = store;
		this.leases = leases;
		this.urls = urls;
		this.dispatcher = dispatcher;
		this.journal = journal;
		this.properties = properties;
		this.validator = validator;
	}

	/** The GraphQL {@code WebhookInput}. */
	record WebhookInput(@NotBlank @Size(max = WebhookUrls.MAX_LENGTH) String url,
			@NotEmpty @Size(max = 20) List<Kind> kinds, @Size(max = 100) @Slug String programme, Region region,
			Boolean ownRecordsOnly) {
	}

	/** The GraphQL {@code RegisterWebhookPayload}: the secret, this once. */
	record Registered(WebhookView webhook, String secret) {
	}

	/** The GraphQL {@code Webhook}: never the secret. */
	record WebhookView(String id, String url, List<String> kinds, String programme, String region,
			boolean ownRecordsOnly, String status, String pausedReason, String createdAt) {

		static WebhookView of(Subscription webhook) {
			return new WebhookView(webhook.id(), webhook.url(), webhook.kinds(), webhook.programme(), webhook.region(),
					webhook.ownRecordsOnly(), webhook.status(), webhook.pausedReason(), webhook.createdAt());
		}

	}

	/** The GraphQL {@code WebhookDelivery}. */
	record DeliveryView(String id, String webhook, Change change, String status, int attempts, String lastAttemptAt,
			String nextAttemptAt, Integer responseStatus, String error, String deliveredAt) {

		static DeliveryView of(Delivery delivery) {
			return new DeliveryView(delivery.id(), delivery.webhook(), delivery.change(), delivery.status(),
					delivery.attempts(), delivery.lastAttemptAt(), delivery.nextAttemptAt(), delivery.responseStatus(),
					delivery.error(), delivery.deliveredAt());
		}

	}

	@MutationMapping
	Registered registerWebhook(@Argument WebhookInput input, @Nullable Principal principal) {
		Caller caller = partner(principal, "registerWebhook");
		ValidationProblems.first(validator, input).ifPresent(problem -> {
			throw new BadArgumentException(problem.argument("input"), problem.reason());
		});
		urls.problem(input.url()).ifPresent(problem -> {
			throw new BadArgumentException("input.url", "The endpoint is refused: " + problem);
		});
		if (store.of(caller.organisation(), properties.maxPerOrganisation()).size() >= properties
			.maxPerOrganisation()) {
			throw new BadArgumentException("input",
					"An organisation has at most " + properties.maxPerOrganisation() + " webhooks; remove one first");
		}
		String secret = WebhookSignature.newSecret();
		Subscription webhook = new Subscription(UUID.randomUUID().toString(), caller.organisation(), input.url(),
				input.kinds().stream().distinct().map(Kind::name).toList(),
				input.programme() == null || input.programme().isBlank() ? null : input.programme(),
				input.region() == null ? null : input.region().name(), Boolean.TRUE.equals(input.ownRecordsOnly()),
				secret, Subscription.ACTIVE, null, Instant.now().toString(), EngineCalls.call(journal::last));
		store.save(webhook);
		dispatcher.changed();
		return new Registered(WebhookView.of(webhook), secret);
	}

	@QueryMapping
	List<WebhookView> webhooks(@Nullable Principal principal) {
		Caller caller = partner(principal, "webhooks");
		return store.of(caller.organisation(), properties.maxPerOrganisation()).stream().map(WebhookView::of).toList();
	}

	@MutationMapping
	WebhookView removeWebhook(@Argument String id, @Nullable Principal principal) {
		Subscription webhook = own(principal, id, "removeWebhook");
		store.remove(webhook.id());
		leases.remove(webhook.id());
		return WebhookView.of(webhook);
	}

	@MutationMapping
	WebhookView resumeWebhook(@Argument String id, @Nullable Principal principal) {
		Subscription webhook = own(principal, id, "resumeWebhook");
		Instant now = Instant.now();
		// what waited gets a new retry window, from now
		store.pending(webhook.id(), properties.batch()).forEach(d -> store.update(d.again(now)));
		store.resume(webhook.id());
		dispatcher.changed();
		return WebhookView.of(store.webhook(webhook.id()).orElseThrow());
	}

	@QueryMapping
	Connection<DeliveryView> webhookDeliveries(@Argument String id, @Argument Integer first, @Argument String after,
			@Nullable Principal principal) {
		Subscription webhook = own(principal, id, "webhookDeliveries");
		PageRequest page = PageRequest.of(first, after);
		if (page.after() != null
				&& (page.after().size() != 2 || !page.after().get(0).isLong() || !page.after().get(1).isString())) {
			throw new BadArgumentException("after", "'after' is not a cursor of webhookDeliveries");
		}
		return Connection.of(store.log(webhook.id(), page), page, hit -> DeliveryView.of(hit.source()));
	}

	@MutationMapping
	DeliveryView redeliverWebhook(@Argument String deliveryId, @Nullable Principal principal) {
		Caller caller = partner(principal, "redeliverWebhook");
		bounded("deliveryId", deliveryId);
		Delivery delivery = store.delivery(deliveryId)
			.filter(d -> caller.actsFor(d.organisation()))
			.orElseThrow(() -> new NotFoundException("deliveryId", "No delivery '" + deliveryId + "' of yours"));
		Delivery again = delivery.again(Instant.now());
		store.update(again);
		dispatcher.changed();
		return DeliveryView.of(again);
	}

	/**
	 * The caller: a token with at least one right, whose organisation owns what it
	 * touches.
	 */
	private static Caller partner(Principal principal, String field) {
		Caller caller = PortalCallers.of(principal)
			.orElseThrow(() -> RefusedException.unauthorized(field + " needs a bearer token"));
		if (caller.rights().isEmpty() || caller.organisation() == null) {
			throw RefusedException.forbidden(field + " needs a token with a right, acting for an organisation");
		}
		return caller;
	}

	private Subscription own(Principal principal, String id, String field) {
		Caller caller = partner(principal, field);
		bounded("id", id);
		return store.webhook(id)
			.filter(w -> caller.actsFor(w.organisation()))
			.orElseThrow(() -> new NotFoundException("id", "No webhook '" + id + "' of yours"));
	}

	private static void bounded(String argument, String id) {
		if (id.length() > MAX_ID) {
			throw new BadArgumentException(argument, "An id has at most " + MAX_ID + " characters");
		}
	}

}
