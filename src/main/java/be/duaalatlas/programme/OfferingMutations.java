package be.duaalatlas.programme;

import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.place.PlaceDocument;
import be.duaalatlas.place.PlaceLookup;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.portal.RemovalPayload;
import be.duaalatlas.search.Documents;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.vocabulary.Kind;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Validator;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A training provider creates, changes and removes its own offerings: the input goes
 * through the rule the providers' CSV goes through ({@link OfferingRules}: a programme of
 * the offer, a postcode of the gazetteer, a contact route, ...); owned when the
 * offering's provider id is the token's organisation.
 */
@Controller
class OfferingMutations {

	private final PartnerWrites writes;

	private final Documents documents;

	private final ObjectMapper json;

	private final Validator validator;

	private final Snapshot<PlaceLookup> places;

	OfferingMutations(PartnerWrites writes, Documents documents, ObjectMapper json, Validator validator,
			Snapshots snapshots) {
		this.writes = writes;
		this.documents = documents;
		this.json = json;
		this.validator = validator;
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
					if (!current.path("provider").path("id").asText().equals(input.providerId())) {
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
				key, keyArgument, version, PartnerWrites.KeyRule.COMPOUND_KEY);
	}

	private static boolean owns(Caller caller, ObjectNode offering) {
		return caller.actsFor(offering.path("provider").path("id").asText(null));
	}

	/**
	 * The offering the input makes, changed today, by the providers' rule; a problem is a
	 * BAD_REQUEST naming the input field.
	 */
	private ObjectNode document(OfferingInput input) {
		String today = PortalCallers.today();
		OfferingRules.Checked checked = OfferingRules.offering(input.writtenOn(today), validator, this::programme,
				places.get()::postcode,
				new Provenance(PortalCallers.SOURCE, input.key(), null, null, today, Instant.now().toString()));
		if (checked.problem() != null) {
			throw new BadArgumentException(checked.problem().argument("input"), checked.problem().reason());
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

	/** The GraphQL {@code OfferingWritePayload}. */
	record OfferingPayload(Offering offering, Change change, String visibleEverywhereBy) {
	}

}
