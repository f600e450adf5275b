package be.duaalatlas.supportservice;

import java.security.Principal;
import java.time.Instant;
import java.util.Optional;

import be.duaalatlas.graphql.BadArgumentException;
import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.portal.Change;
import be.duaalatlas.portal.PartnerWrites;
import be.duaalatlas.portal.PortalCallers;
import be.duaalatlas.portal.RemovalPayload;
import be.duaalatlas.search.Documents;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.validation.ValidationProblems.Problem;
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
 * A stakeholder maintains its own support services: created, replaced and removed through
 * the same rule as the support services file ({@link SupportServiceRules}), owned when
 * the service's stakeholder is the token's organisation.
 */
@Controller
class SupportServiceMutations {

	private final PartnerWrites writes;

	private final Documents documents;

	private final ObjectMapper json;

	private final Validator validator;

	SupportServiceMutations(PartnerWrites writes, Documents documents, ObjectMapper json, Validator validator) {
		this.writes = writes;
		this.documents = documents;
		this.json = json;
		this.validator = validator;
	}

	@MutationMapping
	ServicePayload createSupportService(@Argument SupportServiceInput input, @Nullable Principal principal,
			DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.create(
				attempt("createSupportService", principal, input.key(), "input.key", 0),
				caller -> ownStakeholder(caller, input.stakeholder()), () -> document(input));
		return payload(accepted, env);
	}

	@MutationMapping
	ServicePayload changeSupportService(@Argument SupportServiceInput input, @Argument int version,
			@Nullable Principal principal, DataFetchingEnvironment env) {
		PartnerWrites.Accepted accepted = writes.replace(
				attempt("changeSupportService", principal, input.key(), "input.key", version),
				SupportServiceMutations::owns, current -> {
					// a service stays with its stakeholder; the caller owns it
					// (checked before)
					if (!input.stakeholder().equals(current.path("stakeholder").asText())) {
						throw RefusedException.forbidden("A service cannot move to another stakeholder ('"
								+ input.stakeholder() + "'); remove it and let that stakeholder create it");
					}
					return document(input);
				});
		return payload(accepted, env);
	}

	@MutationMapping
	RemovalPayload removeSupportService(@Argument String key, @Argument int version, @Nullable Principal principal) {
		PartnerWrites.Accepted accepted = writes.remove(attempt("removeSupportService", principal, key, "key", version),
				SupportServiceMutations::owns);
		return RemovalPayload.of(Kind.SUPPORT_SERVICE.globalId(key), accepted);
	}

	private static PartnerWrites.Attempt attempt(String operation, @Nullable Principal principal, String key,
			String keyArgument, int version) {
		return new PartnerWrites.Attempt(operation, PortalCallers.of(principal), Right.STAKEHOLDER,
				ServiceDocument.KIND, key, keyArgument, version);
	}

	private static boolean owns(Caller caller, ObjectNode service) {
		return caller.actsFor(service.path("stakeholder").asText(null));
	}

	private static boolean ownStakeholder(Caller caller, String stakeholder) {
		return caller.actsFor(stakeholder);
	}

	/**
	 * The service the input makes, changed today, by the support services file's rule; a
	 * problem is a BAD_REQUEST naming the input field.
	 */
	private ObjectNode document(SupportServiceInput input) {
		SupportServiceRules.Checked checked = SupportServiceRules.service(input.writtenOn(PortalCallers.today()),
				validator, this::stakeholder, (id, changed) -> new Provenance(PortalCallers.SOURCE, id, null, null,
						changed, Instant.now().toString()));
		if (checked.document() == null) {
			Problem problem = checked.problems().get(0);
			throw new BadArgumentException(problem.argument("input"), problem.reason());
		}
		return json.valueToTree(checked.document());
	}

	private Optional<ObjectNode> stakeholder(String id) {
		return documents.byId(StakeholderDocument.KIND, id, ObjectNode.class);
	}

	private ServicePayload payload(PartnerWrites.Accepted accepted, DataFetchingEnvironment env) {
		ServiceDocument after = json.convertValue(accepted.record(), ServiceDocument.class);
		return new ServicePayload(SupportService.of(after, Languages.of(null, env)), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** The GraphQL {@code SupportServiceWritePayload}. */
	record ServicePayload(SupportService supportService, Change change, String visibleEverywhereBy) {
	}

}
