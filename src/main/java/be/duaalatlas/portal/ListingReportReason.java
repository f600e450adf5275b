package be.duaalatlas.portal;

/**
 * Why somebody reports a public record to its owner: the schema's
 * {@code ListingReportReason}.
 */
enum ListingReportReason {

	INCORRECT, REMOVE_MY_DATA

}
