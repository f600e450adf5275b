package be.duaalatlas.graphql;

import java.util.Map;

import static java.util.Map.entry;

/**
 * The cost rule's one home: what a field costs, as GitHub and Shopify count it. Every
 * field resolved costs {@link #FIELD} per time it is resolved ({@code __typename} and
 * duplicates included); a field that asks the engine costs {@link #ENGINE_REQUEST} more
 * each time (a batched one once per request: one multi-get serves every parent); a
 * connection also costs one per document it fetches ({@code first}) and multiplies what
 * is under its {@code edges} by {@code first}; free text costs {@link #TEXT_CHARACTER}
 * per character (fuzzy terms and highlighting grow with it). A new field that asks the
 * engine must be listed here: {@code FieldCostsTest} fails for a root field or a field
 * with arguments that is not.
 */
final class FieldCosts {

	static final int FIELD = 1;

	static final int ENGINE_REQUEST = 100;

	static final int TEXT_CHARACTER = 50;

	/** Elements assumed for a list without {@code first} or {@code size}. */
	static final int LIST_ESTIMATE = 10;

	/** How a field gets its data. */
	enum Access {

		/** One engine request each time the field is resolved. */
		ENGINE,

		/** One engine request for all parents together (a batch loader). */
		BATCHED,

		/**
		 * In memory (the gazetteer, the role map held per catalogue generation, the
		 * parent's document).
		 */
		MEMORY

	}

	static final Map<String, Access> FIELDS = Map.ofEntries(entry("Query.search", Access.ENGINE),
			entry("Query.suggest", Access.ENGINE), entry("Query.programmes", Access.ENGINE),
			entry("Query.programme", Access.ENGINE), entry("Query.qualification", Access.ENGINE),
			entry("Query.workplaces", Access.ENGINE), entry("Query.workplace", Access.ENGINE),
			entry("Query.stakeholder", Access.ENGINE), entry("Query.roleMap", Access.MEMORY),
			entry("Query.supportServices", Access.ENGINE), entry("Query.keyMessages", Access.ENGINE),
			entry("Query.goodPractices", Access.ENGINE), entry("Query.brusselsEquivalences", Access.ENGINE),
			entry("Query.place", Access.MEMORY), entry("Query.municipality", Access.MEMORY),
			entry("Query.recognisingBody", Access.ENGINE), entry("Query.regionalOverview", Access.ENGINE),
			entry("Query.node", Access.ENGINE), entry("Query.catalogueStatus", Access.ENGINE),
			entry("Query.changes", Access.ENGINE), entry("Query.auditTrail", Access.ENGINE),
			entry("Mutation.setWorkplaceAvailability", Access.ENGINE),
			entry("Mutation.createSupportService", Access.ENGINE),
			entry("Mutation.changeSupportService", Access.ENGINE),
			entry("Mutation.removeSupportService", Access.ENGINE),
			entry("Mutation.describeStakeholderRoles", Access.ENGINE), entry("Mutation.publishContent", Access.ENGINE),
			entry("Mutation.changeContent", Access.ENGINE), entry("Mutation.withdrawContent", Access.ENGINE),
			entry("Mutation.reportListing", Access.ENGINE), entry("Query.listingReports", Access.ENGINE),
			entry("Mutation.setWorkplaceListing", Access.ENGINE), entry("SearchConnection.facets", Access.ENGINE),
			entry("SearchConnection.closestProgrammes", Access.ENGINE),
			entry("ProgrammeConnection.closestProgrammes", Access.ENGINE),
			entry("Mutation.recordRecognition", Access.ENGINE), entry("Mutation.renewRecognition", Access.ENGINE),
			entry("Mutation.withdrawRecognition", Access.ENGINE), entry("Programme.offerings", Access.ENGINE),
			entry("Mutation.createOffering", Access.ENGINE), entry("Mutation.changeOffering", Access.ENGINE),
			entry("Mutation.removeOffering", Access.ENGINE), entry("Programme.workplaces", Access.ENGINE),
			entry("Programme.brusselsEquivalences", Access.BATCHED), entry("Qualification.programmes", Access.ENGINE),
			entry("Offering.programme", Access.BATCHED), entry("Offering.recognisedWorkplaces", Access.ENGINE),
			entry("Recognition.programme", Access.BATCHED), entry("Recognition.partnership", Access.BATCHED),
			entry("Stakeholder.services", Access.BATCHED), entry("SupportService.stakeholder", Access.BATCHED),
			entry("Equivalence.programme", Access.BATCHED), entry("Equivalence.flemishActors", Access.BATCHED),
			entry("Equivalence.frenchActors", Access.BATCHED), entry("Place.near", Access.ENGINE),
			entry("Mutation.registerWebhook", Access.ENGINE), entry("Mutation.removeWebhook", Access.ENGINE),
			entry("Mutation.resumeWebhook", Access.ENGINE), entry("Mutation.redeliverWebhook", Access.ENGINE),
			entry("Query.webhooks", Access.ENGINE), entry("Query.webhookDeliveries", Access.ENGINE));

	private FieldCosts() {
	}

	static Access access(String typeName, String fieldName) {
		return FIELDS.getOrDefault(typeName + "." + fieldName, Access.MEMORY);
	}

}
