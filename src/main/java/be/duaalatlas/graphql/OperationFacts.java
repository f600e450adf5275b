package be.duaalatlas.graphql;

import graphql.GraphQLContext;
import graphql.language.OperationDefinition;

import org.springframework.graphql.server.WebGraphQlRequest;

/**
 * What graphql-java learnt of one request while it ran, for the interceptors around it:
 * which kind of operation it executed (so that the answer cache keeps answers to queries
 * without parsing the document again, and keeps nothing of a document that never ran) and
 * what the operation cost (so that an answer given instead of the operation's own, such
 * as a timeout's, still says it). Handed to graphql-java in the request's GraphQL
 * context.
 */
final class OperationFacts {

	private volatile OperationDefinition.Operation executed;

	private volatile QueryCost.Measure measure;

	/** Another interceptor's facts of the same request. */
	private volatile OperationFacts alsoTell;

	private OperationFacts() {
	}

	/**
	 * Facts for the interceptor that asks, handed to graphql-java with the request; each
	 * interceptor that asks gets its own, told the same.
	 */
	static OperationFacts of(WebGraphQlRequest request) {
		OperationFacts facts = new OperationFacts();
		request.configureExecutionInput((input, builder) -> {
			facts.alsoTell = input.getGraphQLContext().get(OperationFacts.class);
			input.getGraphQLContext().put(OperationFacts.class, facts);
			return input;
		});
		return facts;
	}

	/**
	 * The facts of the request that this context runs, if an interceptor asked for them.
	 */
	static OperationFacts in(GraphQLContext context) {
		OperationFacts facts = context.get(OperationFacts.class);
		return facts == null ? new OperationFacts() : facts;
	}

	void executed(OperationDefinition.Operation operation) {
		this.executed = operation;
		if (alsoTell != null) {
			alsoTell.executed(operation);
		}
	}

	/** Whether graphql-java began to execute the operation: it parsed and validated. */
	boolean validated() {
		return executed != null;
	}

	/** Whether graphql-java executed a query (it validated, and was no mutation). */
	boolean executedQuery() {
		return executed == OperationDefinition.Operation.QUERY;
	}

	void measured(QueryCost.Measure measure) {
		this.measure = measure;
		if (alsoTell != null) {
			alsoTell.measured(measure);
		}
	}

	/** The operation's measure, or null when it was not measured. */
	QueryCost.Measure measure() {
		return measure;
	}

}
