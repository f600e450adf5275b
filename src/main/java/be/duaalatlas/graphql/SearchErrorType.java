package be.duaalatlas.graphql;

import graphql.ErrorClassification;

/** Error types beyond Spring GraphQL's standard ones (BAD_REQUEST, NOT_FOUND, ...). */
public enum SearchErrorType implements ErrorClassification {

	/** The search engine did not answer in time or refused the connection. */
	SEARCH_UNAVAILABLE,

	/**
	 * The operation breaks a limit (cost, depth, root fields, aliases per field) and was
	 * refused before it ran; {@code extensions} say which limit, the operation's value
	 * and what is allowed.
	 */
	QUERY_TOO_COSTLY,

	/**
	 * The client asked more often than its budget allows;
	 * {@code extensions.retryAfterSeconds} says when to retry.
	 */
	RATE_LIMITED,

	/** Allow-list mode: the operation is not one of the registered persisted queries. */
	PERSISTED_QUERY_NOT_FOUND

}
