package be.duaalatlas.graphql;

import graphql.ErrorClassification;

/** Error types beyond Spring GraphQL's standard ones. */
public enum SearchErrorType implements ErrorClassification {

	/** The search engine did not answer in time or refused the connection. */
	SEARCH_UNAVAILABLE

}
