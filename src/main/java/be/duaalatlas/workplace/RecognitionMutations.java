package be.duaalatlas.workplace;

import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.NotFoundException;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Snapshots;
import be.duaalatlas.index.Snapshots.Snapshot;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.programme.ProgrammeDocument;
import be.duaalatlas.search.Documents;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.stakeholder.RecognitionCompetence;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.validation.EstablishmentNumber;
import be.duaalatlas.validation.IsoDate;
import be.duaalatlas.vocabulary.RecognitionStatus;
import be.duaalatlas.workplace.WorkplaceDocument.Recognition;
import com.fasterxml.jackson.databind.JsonNode;
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
 * A recognising body records, renews and withdraws recognitions of workplaces, only in
 * the sectors the role map makes it competent for ({@link RecognitionCompetence}), and
 * renews or withdraws only its own. Each recognition is checked by the register's rule
 * ({@link RegisterRules#recognition}, on a {@link RecognitionInput}); the workplace's
 * derived fields (programmes, qualifications, recognising bodies, "recognised for") are
 * computed as the import does ({@link RegisterRules.Derived}). One write sets the
 * workplace's whole list of recognitions at the version the body read, so the journal
 * re-applies it after a full import of the register.
 */
@Controller
class RecognitionMutations {

	private final PartnerWrites writes;

	private final Documents documents;

	private final ObjectMapper json;

	private final Validator validator;

	private final Snapshot<List<StakeholderDocument>> roleMap;

	RecognitionMutations(PartnerWrites writes, Documents documents, ObjectMapper json, Validator validator,
			Snapshots snapshots) {
		this.writes = writes;
		this.documents = documents;
		this.json = json;
		this.validator = validator;
		this.roleMap = snapshots.of(StakeholderDocument.KIND, StakeholderDocument.class, List::copyOf);
	}

	@MutationMapping
	RecognitionPayload recordRecognition(@Argument RecordRecognitionInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		String id = input.id() != null ? input.id() : "API-" + UUID.randomUUID().toString().substring(0, 13);
		Optional<Caller> caller = PortalCallers.of(principal);
		return write("recordRecognition", caller, input.establishmentNumber(), input.version(), id, input,
				recognitions -> {
					if (recognitions.stream().anyMatch(r -> r.id().equals(id))) {
						throw new BadArgumentException("input.id",
								"The workplace has a recognition '" + id + "' already");
					}
					String body = caller.orElseThrow().organisation();
					if (recognitions.stream()
						.anyMatch(r -> r.partnership().equals(body) && r.programmeCode().equals(input.programmeCode())
								&& RecognitionStatus.ACTIVE.name().equals(r.status()))) {
						throw new BadArgumentException("input.programmeCode",
								"The workplace has an active recognition by " + body + " for '" + input.programmeCode()
										+ "' already: renew that one");
					}
					Recognition recorded = new Recognition(id, input.programmeCode(),
							blankToNull(input.qualification()), body,
							input.validFrom() != null ? input.validFrom() : PortalCallers.today(), input.validUntil(),
							RecognitionStatus.ACTIVE.name());
					recognitions.add(recorded);
					return recorded;
				}, field -> switch (field == null ? "" : field) {
					case "id", "programmeCode", "qualification", "validFrom", "validUntil" -> "input." + field;
					default -> "input";
				}, env);
	}

	@MutationMapping
	RecognitionPayload renewRecognition(@Argument RenewRecognitionInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		Optional<Caller> caller = PortalCallers.of(principal);
		return write("renewRecognition", caller, input.establishmentNumber(), input.version(), input.recognitionId(),
				input,
				recognitions -> replace(recognitions, input.recognitionId(), caller.orElseThrow(),
						r -> new Recognition(r.id(), r.programmeCode(), r.qualification(), r.partnership(),
								r.validFrom(), input.validUntil(), RecognitionStatus.ACTIVE.name())),
				field -> "validUntil".equals(field) ? "input.validUntil" : "input.recognitionId", env);
	}

	@MutationMapping
	RecognitionPayload withdrawRecognition(@Argument WithdrawRecognitionInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		Optional<Caller> caller = PortalCallers.of(principal);
		return write("withdrawRecognition", caller, input.establishmentNumber(), input.version(), input.recognitionId(),
				input, recognitions -> replace(recognitions, input.recognitionId(), caller.orElseThrow(), r -> {
					if (RecognitionStatus.WITHDRAWN.name().equals(r.status())) {
						throw new BadArgumentException("input.recognitionId",
								"Recognition '" + r.id() + "' is withdrawn already");
					}
					return new Recognition(r.id(), r.programmeCode(), r.qualification(), r.partnership(), r.validFrom(),
							r.validUntil(), RecognitionStatus.WITHDRAWN.name());
				}), field -> "input.recognitionId", env);
	}

	/**
	 * One recognition write: a merge of the workplace's recognitions and what derives
	 * from them, by a body competent for the workplace's sector.
	 * @param input the mutation's input, checked by its constraints first
	 * @param change changes the list (in place) and returns the recognition written
	 * @param inputField the input field of a {@link RecognitionInput} field that breaks
	 * the register's rule
	 */
	private RecognitionPayload write(String operation, Optional<Caller> caller, String establishmentNumber, int version,
			String recognitionId, Record input, Function<List<Recognition>, Recognition> change,
			UnaryOperator<String> inputField, DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.merge(new PartnerWrites.Attempt(operation, caller, Right.RECOGNITIONS,
				WorkplaceDocument.KIND, establishmentNumber, "input.establishmentNumber", version), () -> {
					WorkplaceListingMutation.validate(validator, input);
				}, (who, record) -> competent(who, record), record -> {
					WorkplaceDocument workplace = json.convertValue(record, WorkplaceDocument.class);
					List<Recognition> recognitions = new ArrayList<>(
							workplace.recognitions() == null ? List.of() : workplace.recognitions());
					Recognition written = change.apply(recognitions);
					RegisterRules
						.recognition(RecognitionInput.of(written), validator, code -> programme(code).isPresent(),
								this::stakeholder)
						.ifPresent(problem -> {
							throw new BadArgumentException(inputField.apply(problem.field()), problem.reason());
						});
					return fields(recognitions);
				});
		WorkplaceDocument after = json.convertValue(accepted.record(), WorkplaceDocument.class);
		Workplace workplace = Workplace.of(after, Languages.of(null, env), null);
		Workplace.RecognitionView recognition = workplace.recognitions()
			.stream()
			.filter(r -> r.id().equals(recognitionId))
			.findFirst()
			.orElseThrow();
		return new RecognitionPayload(workplace, recognition, Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/**
	 * Whether the body recognises in the workplace's sector; FORBIDDEN saying so when not
	 * (a workplace is no record of the body, so the general refusal would not say why).
	 */
	private boolean competent(Caller body, ObjectNode workplace) {
		Set<String> sectors = RecognitionCompetence.sectorsOf(body.organisation(), roleMap.get());
		String sector = workplace.path("sector").asText();
		if (!sectors.contains(sector)) {
			throw RefusedException.forbidden(body.organisation() + " recognises workplaces in the sectors "
					+ new TreeSet<>(sectors) + " only; this workplace is in sector '" + sector + "'");
		}
		return true;
	}

	/**
	 * Replaces one of the body's own recognitions; another body's is FORBIDDEN, an
	 * unknown one NOT_FOUND.
	 */
	private static Recognition replace(List<Recognition> recognitions, String id, Caller body,
			UnaryOperator<Recognition> change) {
		for (int i = 0; i < recognitions.size(); i++) {
			Recognition current = recognitions.get(i);
			if (current.id().equals(id)) {
				if (!body.actsFor(current.partnership())) {
					throw RefusedException.forbidden("Recognition '" + id + "' was made by " + current.partnership()
							+ ", not by " + body.organisation());
				}
				Recognition changed = change.apply(current);
				recognitions.set(i, changed);
				return changed;
			}
		}
		throw new NotFoundException("input.recognitionId", "The workplace has no recognition '" + id + "'");
	}

	/** The recognitions and what the workplace derives from them, as the import does. */
	private ObjectNode fields(List<Recognition> recognitions) {
		RegisterRules.Derived derived = RegisterRules.Derived.of(recognitions, this::programme);
		ObjectNode set = json.createObjectNode();
		set.set("recognitions", json.valueToTree(recognitions));
		set.set("programmeCodes", json.valueToTree(derived.programmeCodes()));
		set.set("qualifications", json.valueToTree(derived.qualifications()));
		set.set("partnerships", json.valueToTree(derived.partnerships()));
		set.set("description", json.valueToTree(derived.description()));
		return set;
	}

	private Optional<ObjectNode> programme(String code) {
		return code == null || code.isBlank() ? Optional.empty()
				: documents.byId(ProgrammeDocument.KIND, code, ObjectNode.class);
	}

	private Optional<JsonNode> stakeholder(String id) {
		return roleMap.get().stream().filter(s -> s.id().equals(id)).findFirst().map(json::valueToTree);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	/** The GraphQL {@code RecordRecognitionInput}. */
	record RecordRecognitionInput(
			@NotBlank @Size(max = RegisterLineInput.MAX_NUMBER) @EstablishmentNumber String establishmentNumber,
			int version, @Size(max = RecognitionInput.MAX_ID) String id,
			@Size(max = RecognitionInput.MAX_CODE) String programmeCode,
			@Size(max = RecognitionInput.MAX_CODE) String qualification, @IsoDate String validFrom,
			@IsoDate String validUntil) {
	}

	/** The GraphQL {@code RenewRecognitionInput}. */
	record RenewRecognitionInput(
			@NotBlank @Size(max = RegisterLineInput.MAX_NUMBER) @EstablishmentNumber String establishmentNumber,
			int version, @NotBlank @Size(max = RecognitionInput.MAX_ID) String recognitionId,
			@IsoDate String validUntil) {
	}

	/** The GraphQL {@code WithdrawRecognitionInput}. */
	record WithdrawRecognitionInput(
			@NotBlank @Size(max = RegisterLineInput.MAX_NUMBER) @EstablishmentNumber String establishmentNumber,
			int version, @NotBlank @Size(max = RecognitionInput.MAX_ID) String recognitionId) {
	}

	/** The GraphQL {@code RecognitionWritePayload}. */
	record RecognitionPayload(Workplace workplace, Workplace.RecognitionView recognition, Change change,
			String visibleEverywhereBy) {
	}

}
