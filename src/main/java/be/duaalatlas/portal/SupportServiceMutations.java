package be.duaalatlas.portal;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import be.duaalatlas.graphql.Languages;
import be.duaalatlas.graphql.RefusedException;
import be.duaalatlas.index.Provenance;
import be.duaalatlas.ingest.supportservices.SupportServicesSource;
import be.duaalatlas.ingest.yaml.YamlItems;
import be.duaalatlas.security.Caller;
import be.duaalatlas.security.Right;
import be.duaalatlas.supportservice.ServiceDocument;
import be.duaalatlas.supportservice.SupportService;
import be.duaalatlas.stakeholder.StakeholderDocument;
import be.duaalatlas.vocabulary.Audience;
import be.duaalatlas.vocabulary.Kind;
import be.duaalatlas.vocabulary.ProcessStep;
import be.duaalatlas.vocabulary.Region;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import graphql.schema.DataFetchingEnvironment;

import org.springframework.lang.Nullable;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A stakeholder maintains its own support services: created, replaced and removed through
 * the same rule as the support services file ({@link SupportServicesSource#service}),
 * owned when the service's stakeholder is the token's organisation.
 */
@Controller
class SupportServiceMutations {

	private final PartnerWrites writes;

	private final ObjectMapper json;

	SupportServiceMutations(PartnerWrites writes, ObjectMapper json) {
		this.writes = writes;
		this.json = json;
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

	static PartnerWrites.Attempt attempt(String operation, @Nullable Principal principal, String key,
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
	 * The input in the shape of an item of the support services file, through that file's
	 * rule; a problem is a BAD_REQUEST naming the input field.
	 */
	private ObjectNode document(SupportServiceInput input) {
		ObjectNode item = json.valueToTree(input);
		item.set("id", item.remove("key"));
		item.put("changed", PortalCallers.today());
		YamlItems.Item checked = YamlItems.Item.of(item);
		ServiceDocument service = SupportServicesSource.service(checked,
				id -> writes.find(StakeholderDocument.KIND, id), (id, changed) -> new Provenance(PortalCallers.SOURCE,
						id, null, null, changed, Instant.now().toString()));
		if (service == null) {
			throw PortalCallers.badInput(checked, field -> field.startsWith("id") ? "key" + field.substring(2) : field);
		}
		return json.valueToTree(service);
	}

	private ServicePayload payload(PartnerWrites.Accepted accepted, DataFetchingEnvironment env) {
		ServiceDocument after = json.convertValue(accepted.record(), ServiceDocument.class);
		return new ServicePayload(SupportService.of(after, Languages.of(null, env)), Change.of(accepted.entry()),
				PortalCallers.visibleEverywhereBy());
	}

	/** The GraphQL {@code TextsInput}. */
	record TextsInput(String nl, String fr, String en) {
	}

	/** The GraphQL {@code ChannelInput}. */
	record ChannelInput(String kind, String value, TextsInput label) {
	}

	/** The GraphQL {@code SupportServiceInput}, named as the support services file. */
	record SupportServiceInput(String key, String stakeholder, TextsInput title, TextsInput description,
			List<Audience> audiences, List<ProcessStep> steps, List<Region> regions, List<String> sectors,
			List<String> languages, List<ChannelInput> channels) {
	}

	/** The GraphQL {@code SupportServiceWritePayload}. */
	record ServicePayload(SupportService supportService, Change change, String visibleEverywhereBy) {
	}

}
