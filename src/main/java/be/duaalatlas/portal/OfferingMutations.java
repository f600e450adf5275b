package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.ingest.PlaceLookup;
import be.duaalatlas.ingest.offerings.OfferingsSource;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.portal.SupportServiceMutations.RemovalPayload;
import be.duaalatlas.programme.Offering;
import be.duaalatlas.programme.OfferingDocument;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.programme.ProviderKind;
import be.duaalatlas.search.Documents;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A training provider creates, changes and removes its own offerings: the input becomes
 * the row the providers' CSV would hold and goes through that file's rule
 * ({@link OfferingsSource#offering}: a programme of the offer, a postcode of the
 * gazetteer, a contact route, ...); owned when the offering's provider id is the token's
 * organisation.
 */
@Controller
class OfferingMutations {

	static final int MAX_TEXT = 200;

	/** Input field of each column of the providers' CSV. */
	private static final Map<String, String> INPUT_FIELDS = Map.ofEntries(Map.entry("id", "input.key"),
			Map.entry("programme_code", "input.programmeCode"), Map.entry("provider_id", "input.providerId"),
			Map.entry("provider_name", "input.providerName"), Map.entry("provider_kind", "input.providerKind"),
			Map.entry("street", "input.street"), Map.entry("postcode", "input.postcode"),
			Map.entry("language", "input.language"), Map.entry("start", "input.start"),
			Map.entry("website", "input.website"), Map.entry("email", "input.email"), Map.entry("phone", "input.phone"),
			Map.entry("enrolment_url", "input.enrolmentUrl"),
			Map.entry("institution_number", "input.institutionNumber"));

	private final PartnerWrites writes;

	private final Documents documents;

	private final ObjectMapper json;

	private final Snapshot<PlaceLookup> places;

	OfferingMutations(PartnerWrites writes, Documents documents, ObjectMapper json, Snapshots snapshots) {
		this.writes = writes;
		this.documents = documents;
		this.json = json;
		this.places = snapshots.of(PlaceDocument.KIND, PlaceDocument.class, PlaceLookup::of);
	}

	@MutationMapping
	OfferingPayload createOffering(@Argument OfferingInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.create(
				attempt("createOffering", principal, input.key(), "input.key", 0),
				caller -> caller.actsFor(input.providerId()), () -> document(input));
		return payload(accepted, env);
	}

	@MutationMapping
	OfferingPayload changeOffering(@Argument OfferingInput input, @Argument int version, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.replace(
				attempt("changeOffering", principal, input.key(), "input.key", version), OfferingMutations::owns,
				current -> {
					// an offering stays with its provider; the caller owns it
					// (checked before)
					if (!input.providerId().equals(current.path("provider").path("id").asText())) {
						throw RefusedException.forbidden("An offering cannot move to another provider ('"
								+ input.providerId() + "'); remove it and let that provider create it");
					}
					return document(input);
				});
		return payload(accepted, env);
	}

	@MutationMapping
	RemovalPayload removeOffering(@Argument String key, @Argument int version, @Nullable Principal principal) {
		PartnerWrites.Accepted accepted = writes.remove(attempt("removeOffering", principal, key, "key", version),
				OfferingMutations::owns);
		return RemovalPayload.of(Kind.OFFERING.globalId(key), accepted);
	}

	private static PartnerWrites.Attempt attempt(String operation, @Nullable Principal principal, String key,
			String keyArgument, int version) {
		return new PartnerWrites.Attempt(operation, PortalCallers.of(principal), Right.OFFERINGS, OfferingDocument.KIND,
				key, keyArgument, version);
	}

	private static boolean owns(Caller caller, ObjectNode offering) {
		return caller.actsFor(offering.path("provider").path("id").asText(null));
	}

	/**
	 * The input as a row of the providers' CSV, through that file's rule; a problem is a
	 * BAD_REQUEST naming the input field.
	 */
	private ObjectNode document(OfferingInput input) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("id", input.key());
		row.put("programme_code", input.programmeCode());
		row.put("provider_id", input.providerId());
		row.put("provider_name", input.providerName());
		row.put("provider_kind", input.providerKind() == null ? "" : input.providerKind().name());
		row.put("street", input.street());
		row.put("postcode", input.postcode());
		row.put("municipality", "");
		row.put("language", input.language());
		row.put("start", input.start());
		String today = LocalDate.now(WorkplaceAvailabilityMutation.BELGIUM).toString();
		row.put("changed", today);
		row.put("sample", "false");
		row.put("website", input.website());
		row.put("email", input.email());
		row.put("phone", input.phone());
		row.put("enrolment_url", input.enrolmentUrl());
		row.put("institution_number", input.institutionNumber());
		row.replaceAll((column, value) -> {
			if (value != null && value.length() > MAX_TEXT) {
				throw new BadArgumentException(INPUT_FIELDS.getOrDefault(column, "input"),
						INPUT_FIELDS.getOrDefault(column, "input") + " has at most " + MAX_TEXT + " characters");
			}
			return value == null ? "" : value.strip();
		});
		OfferingsSource.Checked checked = OfferingsSource.offering(row, this::programme, places.get()::postcode,
				new Provenance(PortalCallers.SOURCE, input.key(), null, null, today, Instant.now().toString()));
		if (checked.reason() != null) {
			throw new BadArgumentException(
					checked.column() == null ? "input" : INPUT_FIELDS.getOrDefault(checked.column(), "input"),
					checked.reason());
		}
		return json.valueToTree(checked.document());
	}

	private Optional<ObjectNode> programme(String code) {
		return documents.byId(ProgrammeDocument.KIND, code, ObjectNode.class);
	}

	private OfferingPayload payload(PartnerWrites.Accepted accepted, DataFetchingEnvironment env) {
		OfferingDocument after = json.convertValue(accepted.record(), OfferingDocument.class);
		return new OfferingPayload(Offering.of(after, Languages.of(null, env), null), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** The GraphQL {@code OfferingInput}, named as the providers' CSV. */
	record OfferingInput(String key, String providerId, String programmeCode, String providerName,
			ProviderKind providerKind, String street, String postcode, String language, String start, String website,
			String email, String phone, String enrolmentUrl, String institutionNumber) {
	}

	/** The GraphQL {@code OfferingWritePayload}. */
	record OfferingPayload(Offering offering, Change change, String visibleEverywhereBy) {
	}

}
