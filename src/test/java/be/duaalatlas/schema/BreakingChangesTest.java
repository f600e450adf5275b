package be.duaalatlas.schema;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The check finds the changes that break clients and lets additions through. */
class BreakingChangesTest {

	private static final String PUBLISHED = """
			type Query {
			  workplaces(programme: String, first: Int = 20): [Workplace!]!
			  status: RecognitionStatus
			}
			type Workplace { name: String! places: Int }
			enum RecognitionStatus { ACTIVE WITHDRAWN EXPIRED }
			""";

	@Test
	void aRemovedEnumValueBreaks() {
		assertThat(breaking(PUBLISHED.replace(" EXPIRED }", " }"))).singleElement()
			.asString()
			.contains("RecognitionStatus")
			.contains("EXPIRED");
	}

	@Test
	void aFieldMadeNullableBreaks() {
		assertThat(breaking(PUBLISHED.replace("name: String!", "name: String"))).singleElement()
			.asString()
			.contains("Workplace.name");
	}

	@Test
	void anArgumentMadeRequiredBreaks() {
		assertThat(breaking(PUBLISHED.replace("programme: String,", "programme: String!,"))).singleElement()
			.asString()
			.contains("Query.workplaces")
			.contains("programme");
	}

	@Test
	void aRemovedFieldBreaks() {
		assertThat(breaking(PUBLISHED.replace(" places: Int", ""))).singleElement()
			.asString()
			.contains("Workplace.places");
	}

	@Test
	void aChangedFieldTypeBreaks() {
		assertThat(breaking(PUBLISHED.replace("places: Int", "places: String"))).singleElement()
			.asString()
			.contains("Workplace.places");
	}

	@Test
	void additionsAndDeprecationsDoNotBreak() {
		String grown = PUBLISHED.replace("first: Int = 20)", "first: Int = 20, near: String)")
			.replace("places: Int", "places: Int @deprecated(reason: \"use capacity\") capacity: Int")
			.replace("EXPIRED }", "EXPIRED SUSPENDED }") + "type Mutation { confirm(id: ID!): Workplace }";
		BreakingChanges changes = BreakingChanges.between(PUBLISHED, grown);
		assertThat(changes.breaking()).isEmpty();
		assertThat(changes.additions()).isNotEmpty();
	}

	private static java.util.List<String> breaking(String changed) {
		return BreakingChanges.between(PUBLISHED, changed).breaking();
	}

}
