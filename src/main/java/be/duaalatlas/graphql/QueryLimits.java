package be.duaalatlas.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Refuses an operation that breaks a limit of {@link LimitsProperties} before any engine
 * request, and reports the cost of every answered one in {@code extensions.cost}. It
 * measures before graphql-java validates the document, so that a document crafted to make
 * validation slow (thousands of duplicated fields) is refused at the cost of one linear
 * walk; a document the walk cannot measure yet (unknown fields, bad variables) is
 * measured again after validation, before execution.
 */
@Component
class QueryLimits extends SimplePerformantInstrumentation {

	private final LimitsProperties limits;

	private final QueryCost queryCost;

	private final MeterRegistry meters;

	QueryLimits(LimitsProperties limits, MeterRegistry meters) {
		this.limits = limits;
		this.queryCost = new QueryCost(limits);
		this.meters = meters;
		// the reasons this class refuses for, at 0 from the start
		for (String limit : List.of("cost", "depth", "rootFields", "aliasesPerField", "stringLength", "listLength",
				"selections")) {
			Refusals.counter(meters, limit);
		}
	}

	private static final class State implements InstrumentationState {

		private QueryCost.Measure measure;

	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		return new State();
	}

	@Override
	public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
			InstrumentationState state) {
		ExpandedOperation operation = ExpandedOperation.of(parameters.getDocument(), parameters.getOperation());
		if (operation == null) {
			// no such operation: validation says so
			return SimpleInstrumentationContext.noOp();
		}
		refuseOversized(operation);
		QueryCost.Measure measure;
		try {
			measure = queryCost.measure(QueryTraverser.newQueryTraverser()
				.schema(parameters.getSchema())
				.document(operation.inline())
				.operationName(parameters.getOperation())
				.variables(parameters.getVariables())
				.build());
		}
		catch (RuntimeException invalid) {
			// validation will say what is wrong; a valid operation is measured before
			// it runs
			return SimpleInstrumentationContext.noOp();
		}
		check(measure, (State) state, parameters.getExecutionInput().getGraphQLContext());
		return SimpleInstrumentationContext.noOp();
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext context = parameters.getExecutionContext();
		OperationFacts.in(context.getGraphQLContext()).executed(context.getOperationDefinition().getOperation());
		if (((State) state).measure == null) {
			ExpandedOperation operation = ExpandedOperation.of(context.getDocument(),
					context.getExecutionInput().getOperationName());
			refuseOversized(operation);
			check(queryCost.measure(QueryTraverser.newQueryTraverser()
				.schema(context.getGraphQLSchema())
				.document(operation.inline())
				.operationName(context.getExecutionInput().getOperationName())
				.coercedVariables(context.getCoercedVariables())
				.build()), (State) state, context.getGraphQLContext());
		}
		return SimpleInstrumentationContext.noOp();
	}

	/**
	 * Refuses an operation whose fragments written out ask for more fields than allowed,
	 * before graphql-java's validation and its introspection check walk it (2 KB can ask
	 * for 2^50 fields).
	 */
	private void refuseOversized(ExpandedOperation operation) {
		long selections = operation.selections();
		if (selections > limits.maxSelections()) {
			Refusals.counter(meters, "selections").increment();
			Map<String, Object> extensions = new LinkedHashMap<>();
			extensions.put("limit", "selections");
			extensions.put("actual", selections);
			extensions.put("allowed", limits.maxSelections());
			throw new AbortExecutionException(List.of(GraphqlErrorBuilder.newError()
				.errorType(SearchErrorType.QUERY_TOO_COSTLY)
				.message("This operation asks for " + selections + " fields with its fragments written out; at most "
						+ limits.maxSelections() + " are allowed. Spread fewer fragments, or each fewer times.")
				.extensions(extensions)
				.build()));
		}
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		QueryCost.Measure measure = state instanceof State s ? s.measure : null;
		if (measure == null) {
			return CompletableFuture.completedFuture(result);
		}
		Map<Object, Object> extensions = new LinkedHashMap<>();
		if (result.getExtensions() != null) {
			extensions.putAll(result.getExtensions());
		}
		extensions.put("cost", cost(measure));
		return CompletableFuture.completedFuture(result.transform(b -> b.extensions(extensions)));
	}

	private void check(QueryCost.Measure measure, State state, GraphQLContext context) {
		state.measure = measure;
		OperationFacts.in(context).measured(measure);
		QueryCost.Violation violation = measure.violation();
		if (violation != null) {
			// the limits' names are a fixed set (QueryCost.Violation)
			Refusals.counter(meters, violation.limit()).increment();
			throw new AbortExecutionException(List.of(error(violation, measure)));
		}
	}

	private GraphQLError error(QueryCost.Violation violation, QueryCost.Measure measure) {
		Map<String, Object> extensions = new LinkedHashMap<>();
		if (violation.argument() != null) {
			extensions.put("argument", violation.argument());
			extensions.put("bound", violation.limit());
			extensions.put("allowed", violation.allowed());
			return GraphqlErrorBuilder.newError()
				.errorType(ErrorType.BAD_REQUEST)
				.message(violation.message())
				.extensions(extensions)
				.build();
		}
		extensions.put("limit", violation.limit());
		extensions.put("actual", violation.actual());
		extensions.put("allowed", violation.allowed());
		extensions.put("cost", cost(measure));
		return GraphqlErrorBuilder.newError()
			.errorType(SearchErrorType.QUERY_TOO_COSTLY)
			.message(violation.message())
			.extensions(extensions)
			.build();
	}

	private Map<String, Object> cost(QueryCost.Measure measure) {
		return measure.extension(limits.maxCost());
	}

}
