package be.duaalatlas.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Limits that keep one request from costing the engine too much: nesting depth and field
 * count (each list field may fan out into engine requests). A query over a limit is
 * refused before it runs, with an error saying which limit. graphql-java's parser also
 * refuses documents of more than 15,000 tokens.
 */
@Configuration(proxyBeanMethods = false)
class QueryLimits {

	static final int MAX_DEPTH = 12;

	static final int MAX_COMPLEXITY = 600;

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepth() {
		return new MaxQueryDepthInstrumentation(MAX_DEPTH);
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexity() {
		return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY);
	}

}
