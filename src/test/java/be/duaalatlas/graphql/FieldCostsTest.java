package be.duaalatlas.graphql;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cost rule's coverage: every root field, and every field that takes arguments (they
 * select, filter or page: work), says in {@link FieldCosts} how it gets its data, so no
 * new field escapes the cost limit by being forgotten.
 */
class FieldCostsTest {

	private static final Set<String> ROOT_TYPES = Set.of("Query", "Mutation", "Subscription");

	@Test
	void everyRootFieldAndEveryFieldWithArgumentsIsCosted() throws IOException {
		StringBuilder text = new StringBuilder();
		try (Stream<Path> files = Files.list(Path.of("graphql-schema"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
				text.append(Files.readString(file)).append('\n');
			}
		}
		TypeDefinitionRegistry schema = new SchemaParser().parse(text.toString());
		List<ObjectTypeDefinition> types = new ArrayList<>(schema.getTypes(ObjectTypeDefinition.class));
		schema.objectTypeExtensions().values().forEach(types::addAll);
		List<String> uncosted = new ArrayList<>();
		for (ObjectTypeDefinition type : types) {
			for (FieldDefinition field : type.getFieldDefinitions()) {
				String coordinate = type.getName() + "." + field.getName();
				boolean mustBeListed = ROOT_TYPES.contains(type.getName())
						|| !field.getInputValueDefinitions().isEmpty();
				if (mustBeListed && !FieldCosts.FIELDS.containsKey(coordinate)) {
					uncosted.add(coordinate);
				}
			}
		}
		assertThat(uncosted).as("fields missing from FieldCosts.FIELDS").isEmpty();
	}

}
