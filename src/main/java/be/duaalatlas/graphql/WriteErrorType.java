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
	RATE_LIMITED,

	/**
	 * The request carries a token that cannot be checked now: the identity provider (its
	 * discovery document or key set) does not answer. HTTP 503; try again. Requests
	 * without a token (every public read) go on.
	 */
	AUTHENTICATION_UNAVAILABLE

}
