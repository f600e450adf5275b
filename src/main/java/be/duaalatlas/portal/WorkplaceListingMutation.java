package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.util.Map;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.ingest.register.RegisterRules;
import be.duaalatlas.portal.WorkplaceAvailabilityMutation.WritePayload;
import be.duaalatlas.search.Listing;
import be.duaalatlas.security.Right;
import be.duaalatlas.workplace.Workplace;
import be.duaalatlas.workplace.WorkplaceDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A company (or sole trader) takes one of its own establishments out of the public
 * listing and puts it back: the record stays in the index, flagged ({@link Listing}), so
 * every public read leaves it out and a full re-import of the register keeps it out (the
 * journal re-applies the flag).
 */
@Controller
class WorkplaceListingMutation {

	static final int MAX_ESTABLISHMENT_NUMBER = 20;

	private final PartnerWrites writes;

	private final ObjectMapper json;

	WorkplaceListingMutation(PartnerWrites writes, ObjectMapper json) {
		this.writes = writes;
		this.json = json;
	}

	@MutationMapping
	WritePayload setWorkplaceListing(@Argument WorkplaceListingInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.merge(
				new PartnerWrites.Attempt("setWorkplaceListing", PortalCallers.of(principal), Right.WORKPLACES,
						WorkplaceDocument.KIND, input.establishmentNumber(), "input.establishmentNumber",
						input.version()),
				() -> checkEstablishmentNumber(input.establishmentNumber(), "input.establishmentNumber"),
				(who, record) -> json.convertValue(record, WorkplaceDocument.class).ownedBy(who::actsFor), record -> {
					ObjectNode set = json.createObjectNode();
					// absent means listed: putting it back removes the flag
					return input.listed() ? set.putNull(Listing.FIELD) : set.put(Listing.FIELD, true);
				});
		WorkplaceDocument after = json.convertValue(accepted.record(), WorkplaceDocument.class);
		return new WritePayload(Workplace.of(after, Languages.of(null, env), null), Change.of(accepted.entry()),
				Instant.now().plus(CatalogueGeneration.RECHECK).toString());
	}

	/**
	 * Bounded, then the register's rule for an establishment number.
	 */
	static void checkEstablishmentNumber(String establishmentNumber, String argument) {
		if (establishmentNumber.length() > MAX_ESTABLISHMENT_NUMBER) {
			throw new BadArgumentException(argument,
					"An establishment number has at most " + MAX_ESTABLISHMENT_NUMBER + " characters");
		}
		String problem = RegisterRules.establishmentNumber(Map.of("establishment_number", establishmentNumber));
		if (problem != null) {
			throw new BadArgumentException(argument, problem);
		}
	}

	/** The GraphQL {@code WorkplaceListingInput}. */
	record WorkplaceListingInput(String establishmentNumber, int version, boolean listed) {
	}

}
