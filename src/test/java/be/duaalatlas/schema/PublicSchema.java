package be.duaalatlas.schema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.SchemaPrinter;
import graphql.schema.idl.UnExecutableSchemaGenerator;

/**
 * The public schema as clients see it, built from {@code graphql-schema/} without
 * starting the service, and the committed snapshot it is compared with.
 */
final class PublicSchema {

	static final Path SOURCES = Path.of("graphql-schema");

	static final Path SNAPSHOT = SOURCES.resolve("schema.snapshot.graphql");

	private PublicSchema() {
	}

	/**
	 * Every {@code .graphqls} file of {@code graphql-schema/}, as Spring for GraphQL
	 * loads them.
	 */
	static String sources() {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(p -> p.toString().endsWith(".graphqls"))
				.sorted()
				.map(PublicSchema::read)
				.collect(Collectors.joining("\n"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String snapshot() {
		return read(SNAPSHOT);
	}

	static GraphQLSchema build(String sdl) {
		return UnExecutableSchemaGenerator.makeUnExecutableSchema(new SchemaParser().parse(sdl));
	}

	/**
	 * Canonical text: types and fields sorted by name, descriptions and deprecations
	 * kept.
	 */
	static String print(GraphQLSchema schema) {
		return new SchemaPrinter(SchemaPrinter.Options.defaultOptions()
			.includeDirectiveDefinitions(false)
			.includeSchemaDefinition(false)
			.includeScalarTypes(true)).print(schema);
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
