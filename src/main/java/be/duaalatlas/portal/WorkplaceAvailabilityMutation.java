package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.index.CatalogueGeneration;
import be.duaalatlas.ingest.register.WorkplaceAvailabilitySource;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.workplace.Workplace;
import be.duaalatlas.workplace.WorkplaceDocument;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;

/**
 * A company (or sole trader) sets the self-managed fields of its own establishment:
 * checked by the same rule as the companies' CSV
 * ({@link WorkplaceAvailabilitySource#check}), owned when the token's organisation is the
 * workplace's enterprise number (or, for a sole trader, its establishment number).
 */
@Controller
class WorkplaceAvailabilityMutation {

	static final ZoneId BELGIUM = ZoneId.of("Europe/Brussels");

	private static final int MAX_ESTABLISHMENT_NUMBER = 20;

	private static final int MAX_DATE = "YYYY-MM-DD".length();

	/**
	 * CSV column → input field, so that a broken rule names the field the caller sent.
	 */
	private static final Map<String, String> INPUT_FIELDS = Map.of("establishment_number", "input.establishmentNumber",
			"looking_for_learner", "input.lookingForLearner", "places", "input.places", "available_from",
			"input.availableFrom", "last_confirmed", "input");

	private final PartnerWrites writes;

	private final ObjectMapper json;

	WorkplaceAvailabilityMutation(PartnerWrites writes, ObjectMapper json) {
		this.writes = writes;
		this.json = json;
	}

	@MutationMapping
	WritePayload setWorkplaceAvailability(@Argument WorkplaceAvailabilityInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		String establishment = input.establishmentNumber();
		if (establishment.length() > MAX_ESTABLISHMENT_NUMBER) {
			throw new BadArgumentException("input.establishmentNumber",
					"An establishment number has at most " + MAX_ESTABLISHMENT_NUMBER + " characters");
		}
		if (input.availableFrom() != null && input.availableFrom().length() > MAX_DATE) {
			throw new BadArgumentException("input.availableFrom", "availableFrom is not a date (expected YYYY-MM-DD)");
		}
		Optional<Caller> caller = principal instanceof Authentication authentication ? Caller.of(authentication)
				: Optional.empty();
		PartnerWrites.Accepted accepted = writes.merge(
				new PartnerWrites.Attempt("setWorkplaceAvailability", caller, Right.WORKPLACES, WorkplaceDocument.KIND,
						establishment, "input.establishmentNumber", input.version()),
				(who, record) -> json.convertValue(record, WorkplaceDocument.class).ownedBy(who::actsFor),
				record -> changes(input));
		WorkplaceDocument after = json.convertValue(accepted.record(), WorkplaceDocument.class);
		return new WritePayload(Workplace.of(after, Languages.of(null, env), null), Change.of(accepted.entry()),
				Instant.now().plus(CatalogueGeneration.RECHECK).toString());
	}

	/** The fields to set, after the companies' CSV rule accepted them as a row. */
	private ObjectNode changes(WorkplaceAvailabilityInput input) {
		Map<String, String> row = new LinkedHashMap<>();
		row.put("establishment_number", input.establishmentNumber());
		row.put("looking_for_learner", String.valueOf(input.lookingForLearner()));
		row.put("places", input.places() == null ? "" : input.places().toString());
		row.put("available_from", input.availableFrom() == null ? "" : input.availableFrom());
		row.put("last_confirmed", LocalDate.now(BELGIUM).toString());
		WorkplaceAvailabilitySource.check(row).ifPresent(problem -> {
			throw new BadArgumentException(INPUT_FIELDS.getOrDefault(problem.column(), "input"), problem.reason());
		});
		WorkplaceDocument.Availability availability = WorkplaceAvailabilitySource.availability(row);
		ObjectNode set = json.createObjectNode();
		set.put("lookingForLearner", availability.lookingForLearner());
		set.put("places", availability.places());
		set.put("availableFrom", availability.availableFrom());
		set.put("lastConfirmed", availability.lastConfirmed());
		return set;
	}

	record WorkplaceAvailabilityInput(String establishmentNumber, int version, boolean lookingForLearner,
			Integer places, String availableFrom) {
	}

	/** The GraphQL {@code WorkplaceWritePayload}. */
	record WritePayload(Workplace workplace, Change change, String visibleEverywhereBy) {
	}

}
