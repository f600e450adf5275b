package be.duaalatlas;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Small helpers for reading GraphQL answers as JSON trees and checking typed errors. */
public final class GraphQlResults {

	private GraphQlResults() {
	}

	/** The JSON tree at a path of the answer's data; fails when the answer has errors. */
	public static JsonNode data(GraphQlTester.Response response, String path) {
		response.errors().verify();
		return response.path(path).entity(JsonNode.class).get();
	}

	/** The nodes of a connection's edges. */
	public static List<JsonNode> nodes(JsonNode connection) {
		List<JsonNode> nodes = new ArrayList<>();
		connection.path("edges").forEach(edge -> nodes.add(edge.path("node")));
		return nodes;
	}

	/** The text values of an array field. */
	public static List<String> texts(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach(value -> values.add(value.asText()));
		return values;
	}

	/** A value of every element. */
	public static <T> List<T> each(Iterable<JsonNode> elements, Function<JsonNode, T> value) {
		List<T> values = new ArrayList<>();
		elements.forEach(element -> values.add(value.apply(element)));
		return values;
	}

	/**
	 * Asserts the answer is exactly one error of the classification that names the
	 * argument, with a readable message (no stack trace, no exception class names), and
	 * returns it.
	 */
	public static ResponseError error(GraphQlTester.Response response, String classification, String argument) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		assertThat(errors).as("errors").hasSize(1);
		ResponseError error = errors.get(0);
		assertThat(error.getErrorType().toString()).as("classification of: " + error.getMessage())
			.isEqualTo(classification);
		assertThat(error.getExtensions()).as("extensions of: " + error.getMessage())
			.containsEntry("argument", argument);
		assertReadable(error.getMessage());
		return error;
	}

	/**
	 * A message for people: no stack trace, no Java exception names, no engine internals.
	 */
	public static void assertReadable(String message) {
		assertThat(message).isNotBlank()
			.doesNotContain("Exception")
			.doesNotContain("\tat ")
			.doesNotContain("be.duaalatlas")
			.doesNotContain("co.elastic")
			.doesNotContain("INTERNAL_ERROR");
	}

}
