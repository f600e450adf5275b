package be.duaalatlas.workplace;

import java.security.Principal;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.search.Listing;
import be.duaalatlas.security.Right;
import be.duaalatlas.validation.EstablishmentNumber;
import be.duaalatlas.validation.ValidationProblems;
import be.duaalatlas.workplace.WorkplaceAvailabilityMutation.WritePayload;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

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

	private final PartnerWrites writes;

	private final ObjectMapper json;

	private final Validator validator;

	WorkplaceListingMutation(PartnerWrites writes, ObjectMapper json, Validator validator) {
		this.writes = writes;
		this.json = json;
		this.validator = validator;
	}

	@MutationMapping
	WritePayload setWorkplaceListing(@Argument WorkplaceListingInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.merge(
				new PartnerWrites.Attempt("setWorkplaceListing", PortalCallers.of(principal), Right.WORKPLACES,
						WorkplaceDocument.KIND, input.establishmentNumber(), "input.establishmentNumber",
						input.version()),
				() -> validate(validator, input),
				(who, record) -> json.convertValue(record, WorkplaceDocument.class).ownedBy(who::actsFor), record -> {
					ObjectNode set = json.createObjectNode();
					// absent means listed: putting it back removes the flag
					return input.listed() ? set.putNull(Listing.FIELD) : set.put(Listing.FIELD, true);
				});
		WorkplaceDocument after = json.convertValue(accepted.record(), WorkplaceDocument.class);
		return new WritePayload(Workplace.of(after, Languages.of(null, env), null), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** A mutation's input by its constraints; the first broken one is a BAD_REQUEST. */
	static void validate(Validator validator, Record input) {
		ValidationProblems.first(validator, input).ifPresent(problem -> {
			throw new BadArgumentException(problem.argument("input"), problem.reason());
		});
	}

	/** The GraphQL {@code WorkplaceListingInput}. */
	record WorkplaceListingInput(@NotBlank @Size(max = 20) @EstablishmentNumber String establishmentNumber, int version,
			boolean listed) {
	}

}
