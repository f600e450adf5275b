package be.duaalatlas.graphql;

import graphql.ErrorClassification;

/**
 * Error types of writes beyond Spring GraphQL's standard ones (UNAUTHORIZED, FORBIDDEN,
 * BAD_REQUEST, NOT_FOUND).
 */
public enum WriteErrorType implements ErrorClassification {

	/**
	 * The write named a version of the record that is no longer the current one: read
	 * again, then write.
	 */
	CONFLICT,

	/**
	 * Too many anonymous writes from this address (a budget of its own besides the
	 * request budget); try again later.
	 */
	RATE_LIMITED

}
