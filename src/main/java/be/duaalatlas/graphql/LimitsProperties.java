package be.duaalatlas.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What one anonymous request may ask for; checked before it runs (see {@link QueryCost}
 * for the cost rule).
 *
 * @param maxCost the cost limit of one request, in the units of {@link FieldCosts}
 * @param maxSelections fields of one operation with its fragments written out,
 * introspection included: counted before anything else looks at the document (see
 * {@link ExpandedOperation})
 * @param maxDepth nesting depth of fields (introspection excepted: graphql-java's
 * good-faith check bounds it)
 * @param maxRootFields root fields of one operation
 * @param maxAliasesPerField different aliases of one field in one selection set
 * @param maxStringLength characters of any string argument (specific arguments have
 * smaller bounds)
 * @param maxListLength elements of any list argument
 * @param maxErrorMessageLength characters of an error message, so no error echoes a large
 * input whole
 * @param maxRequestSize the largest request body read at all (see
 * {@link RequestSizeLimit})
 * @param requestTimeout the most one GraphQL query may take; then it answers
 * SEARCH_UNAVAILABLE
 * @param mutationTimeout the same for a mutation, longer: a write is not reported failed
 * while it may go through
 */
@ConfigurationProperties("atlas.limits")
public record LimitsProperties(@DefaultValue("50000") int maxCost, @DefaultValue("2000") int maxSelections,
		@DefaultValue("12") int maxDepth, @DefaultValue("10") int maxRootFields,
		@DefaultValue("5") int maxAliasesPerField, @DefaultValue("1000") int maxStringLength,
		@DefaultValue("100") int maxListLength, @DefaultValue("400") int maxErrorMessageLength,
		@DefaultValue("256KB") org.springframework.util.unit.DataSize maxRequestSize,
		@DefaultValue("3s") java.time.Duration requestTimeout,
		@DefaultValue("30s") java.time.Duration mutationTimeout) {
}
