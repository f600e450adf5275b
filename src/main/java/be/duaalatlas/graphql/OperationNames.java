package be.duaalatlas.graphql;

import java.util.HashSet;
import java.util.Set;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;

import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.stereotype.Component;

/**
 * {@code graphql.request} timings per operation name ({@code graphql.operation.name}, a
 * tag of the metric, not only of the trace): the names of the registered operations
 * ({@code frontend-contract/}, {@link PersistedQueries}) as they are, any other name
 * {@value #OTHER} and no name {@value #ANONYMOUS}, so that clients inventing names cannot
 * grow the tag set without bound.
 */
@Component
class OperationNames extends DefaultExecutionRequestObservationConvention {

	static final String OTHER = "other";

	static final String ANONYMOUS = "anonymous";

	private static final String KEY = "graphql.operation.name";

	private final Set<String> known = new HashSet<>();

	OperationNames(PersistedQueries registered) {
		for (String document : registered.registered().values()) {
			new Parser().parseDocument(document)
				.getDefinitionsOfType(OperationDefinition.class)
				.stream()
				.map(OperationDefinition::getName)
				.filter(name -> name != null)
				.forEach(known::add);
		}
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ExecutionRequestObservationContext context) {
		return super.getLowCardinalityKeyValues(context).and(operationName(context));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(ExecutionRequestObservationContext context) {
		// the name is low-cardinality here, so it is not repeated as a high one
		return KeyValues.of(executionId(context));
	}

	@Override
	protected KeyValue operationName(ExecutionRequestObservationContext context) {
		String name = context.getExecutionInput().getOperationName();
		if (name == null && context.getExecutionContext() != null) {
			// a document of one named operation, sent without operationName
			name = context.getExecutionContext().getOperationDefinition().getName();
		}
		return KeyValue.of(KEY, name == null || name.isEmpty() ? ANONYMOUS : known.contains(name) ? name : OTHER);
	}

}
