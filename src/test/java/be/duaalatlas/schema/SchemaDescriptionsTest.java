package be.duaalatlas.schema;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every type, field, argument, input field and enum value of the public schema says what
 * it is: explorers, generated client types and partners' IDEs show these descriptions, so
 * a missing one is a hole in the documentation.
 */
class SchemaDescriptionsTest {

	@Test
	void everySchemaElementHasADescription() {
		assertThat(undescribed(PublicSchema.build(PublicSchema.sources())))
			.as("schema elements without a description in graphql-schema/ (add a \"...\" string before each)")
			.isEmpty();
	}

	@Test
	void aMissingDescriptionIsFound() {
		GraphQLSchema schema = PublicSchema.build("""
				"The root." type Query { "Described." a(x: Int): Colour }
				enum Colour { "Described." RED GREEN }
				""");
		assertThat(undescribed(schema)).containsExactly("Colour", "Colour.GREEN", "Query.a(x:)");
	}

	static List<String> undescribed(GraphQLSchema schema) {
		List<String> missing = new ArrayList<>();
		for (GraphQLNamedType type : schema.getAllTypesAsList()) {
			if (type.getName().startsWith("__")
					|| GraphQLTypeUtil.isScalar(type) && isBuiltIn((GraphQLScalarType) type)) {
				continue;
			}
			check(missing, type.getName(), type.getDescription());
			if (type instanceof GraphQLFieldsContainer container) {
				container.getFieldDefinitions().forEach(field -> {
					String name = type.getName() + "." + field.getName();
					check(missing, name, field.getDescription());
					for (GraphQLArgument argument : field.getArguments()) {
						check(missing, name + "(" + argument.getName() + ":)", argument.getDescription());
					}
				});
			}
			if (type instanceof GraphQLInputObjectType input) {
				input.getFieldDefinitions()
					.forEach(field -> check(missing, type.getName() + "." + field.getName(), field.getDescription()));
			}
			if (type instanceof GraphQLEnumType enumType) {
				enumType.getValues()
					.forEach(value -> check(missing, type.getName() + "." + value.getName(), value.getDescription()));
			}
		}
		return missing.stream().sorted().toList();
	}

	private static boolean isBuiltIn(GraphQLScalarType scalar) {
		return List.of("String", "Int", "Float", "Boolean", "ID").contains(scalar.getName());
	}

	private static void check(List<String> missing, String element, String description) {
		if (description == null || description.isBlank()) {
			missing.add(element);
		}
	}

}
