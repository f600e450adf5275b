package be.duaalatlas.schema;

import java.io.IOException;
import java.nio.file.Files;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public schema may grow but not break: it is compared with the committed snapshot
 * {@code graphql-schema/schema.snapshot.graphql}, and a change that would break a
 * client's valid query fails the build, naming the change. Additions pass; the snapshot
 * records them with one command (see docs/schema.md):
 *
 * <pre>./mvnw test -Dtest=SchemaSnapshotTest -Dschema.snapshot=update</pre>
 *
 * To remove or change something on purpose: deprecate it first
 * ({@code @deprecated(reason: "use X")}), keep it for a release, then remove it and
 * record that with {@code -Dschema.snapshot=accept-breaking}.
 */
class SchemaSnapshotTest {

	private static final String HOW_TO = """

			A client's valid query could fail after this change. If it is intended: deprecate the element first
			(@deprecated(reason: "use ... instead") in graphql-schema/, with the replacement beside it), keep it a
			release, then remove it and record the removal in the snapshot with
			  ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.snapshot=accept-breaking
			(docs/schema.md)""";

	@Test
	void theSchemaDoesNotBreakThePublishedSnapshot() throws IOException {
		String current = PublicSchema.print(PublicSchema.build(PublicSchema.sources()));
		String mode = System.getProperty("schema.snapshot", "check");
		if (mode.equals("accept-breaking")) {
			record(current);
			return;
		}
		BreakingChanges changes = BreakingChanges.between(PublicSchema.snapshot(), current);
		if (mode.equals("update") && changes.breaking().isEmpty()) {
			record(current);
			return;
		}
		assertThat(changes.breaking())
			.as("breaking changes of graphql-schema/ against the published %s:%n  %s%n%s", PublicSchema.SNAPSHOT,
					String.join("\n  ", changes.breaking()), HOW_TO)
			.isEmpty();
		if (!current.equals(PublicSchema.snapshot())) {
			System.out.printf(
					"The schema has grown since %s (%d additions); record them with%n"
							+ "  ./mvnw test -Dtest=SchemaSnapshotTest -Dschema.snapshot=update%n",
					PublicSchema.SNAPSHOT, changes.additions().size());
		}
	}

	private static void record(String schema) throws IOException {
		Files.writeString(PublicSchema.SNAPSHOT, schema);
		System.out.println("Recorded the schema in " + PublicSchema.SNAPSHOT);
	}

	@Test
	void theSnapshotIsTheCanonicalPrintOfAValidSchema() {
		String snapshot = PublicSchema.snapshot();
		assertThat(PublicSchema.print(PublicSchema.build(snapshot))).isEqualTo(snapshot);
	}

}
