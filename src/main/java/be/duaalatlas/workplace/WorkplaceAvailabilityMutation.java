package be.duaalatlas.workplace;

import java.security.Principal;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.security.Right;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;
import jakarta.validation.Validator;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A company (or sole trader) sets the self-managed fields of its own establishment:
 * checked by the same rule as the companies' CSV ({@link WorkplaceAvailabilityInput}),
 * owned when the token's organisation is the workplace's enterprise number (or, for a
 * sole trader, its establishment number).
 */
@Controller
class WorkplaceAvailabilityMutation {

	private final PartnerWrites writes;

	private final ObjectMapper json;

	private final Validator validator;

	WorkplaceAvailabilityMutation(PartnerWrites writes, ObjectMapper json, Validator validator) {
		this.writes = writes;
		this.json = json;
		this.validator = validator;
	}

	@MutationMapping
	WritePayload setWorkplaceAvailability(@Argument WorkplaceAvailabilityInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		WorkplaceAvailabilityInput confirmed = input.confirmedOn(PortalCallers.today());
		PartnerWrites.Accepted accepted = writes.merge(
				new PartnerWrites.Attempt("setWorkplaceAvailability", PortalCallers.of(principal), Right.WORKPLACES,
						WorkplaceDocument.KIND, String.valueOf(input.establishmentNumber()),
						"input.establishmentNumber", input.version() == null ? 0 : input.version()),
				() -> confirmed.problem(validator).ifPresent(problem -> {
					throw new BadArgumentException(problem.argument("input"), problem.reason());
				}), (who, record) -> json.convertValue(record, WorkplaceDocument.class).ownedBy(who::actsFor),
				record -> changes(confirmed));
		WorkplaceDocument after = json.convertValue(accepted.record(), WorkplaceDocument.class);
		return new WritePayload(Workplace.of(after, Languages.of(null, env), null), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** The fields to set. */
	private ObjectNode changes(WorkplaceAvailabilityInput input) {
		WorkplaceDocument.Availability availability = input.availability();
		ObjectNode set = json.createObjectNode();
		set.put("lookingForLearner", availability.lookingForLearner());
		set.put("places", availability.places());
		set.put("availableFrom", availability.availableFrom());
		set.put("lastConfirmed", availability.lastConfirmed());
		return set;
	}

	/** The GraphQL {@code WorkplaceWritePayload}. */
	record WritePayload(Workplace workplace, Change change, String visibleEverywhereBy) {
	}

}
