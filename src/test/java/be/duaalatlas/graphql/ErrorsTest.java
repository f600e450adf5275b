package be.duaalatlas.graphql;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static be.duaalatlas.GraphQlResults.error;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Typed errors: what cannot be answered is BAD_REQUEST or NOT_FOUND in
 * {@code extensions.classification}, names the argument at fault in
 * {@code extensions.argument}, and says why in words, never with a stack trace.
 */
class ErrorsTest extends AtlasIntegrationTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{ search(near: { postcode: "0000" }) { totalCount } }                               | near.postcode
					{ search(near: { postcode: "4000" }) { totalCount } }                               | near.postcode
					{ search(near: { municipality: "Atlantis" }) { totalCount } }                       | near.municipality
					{ search(near: { municipality: "Liège" }) { totalCount } }                          | near.municipality
					{ workplaces(near: { postcode: "0000" }) { totalCount } }                           | near.postcode
					{ supportServices(near: { municipality: "Atlantis" }) { totalCount } }              | near.municipality
					{ programme(code: "elektrische-installaties-duaal") { offerings(near: { postcode: "0000" }) { totalCount } } } | near.postcode
					""")
	void anUnknownPlaceIsABadRequestNamingWhereItWasGiven(String query, String argument) {
		assertThat(error(graphQl.document(query).execute(), "BAD_REQUEST", argument).getMessage())
			.containsAnyOf("postcode", "municipality");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			0    | search
			-5   | search
			500  | search
			200.5 | workplaces
			0    | workplaces
			""")
	void aRadiusOutsideZeroToTwoHundredIsABadRequestOnRadiusKm(String radius, String query) {
		var response = graphQl
			.document("{ " + query + "(near: { postcode: \"9000\", radiusKm: " + radius + " }) { totalCount } }")
			.execute();
		assertThat(error(response, "BAD_REQUEST", "near.radiusKm").getMessage()).contains("200");
	}

	@Test
	void nearSaysWhereInExactlyOneWay() {
		error(graphQl.document("{ search(near: { postcode: \"9000\", municipality: \"Gent\" }) { totalCount } }")
			.execute(), "BAD_REQUEST", "near");
		error(graphQl.document("{ search(near: { radiusKm: 5 }) { totalCount } }").execute(), "BAD_REQUEST", "near");
		error(graphQl.document("{ search(near: { lat: 51.05 }) { totalCount } }").execute(), "BAD_REQUEST", "near");
		error(graphQl.document("{ search(near: { lat: 95, lon: 4 }) { totalCount } }").execute(), "BAD_REQUEST",
				"near");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			{ programme(code: "no-such-programme") { code } }                 | code
			{ workplace(establishmentNumber: "9.999.999.999") { name { value } } } | establishmentNumber
			{ stakeholder(id: "no-such-stakeholder") { key } }                | id
			{ node(id: "Programme:no-such-programme") { id } }                | id
			{ node(id: "Workplace:9.999.999.999") { id } }                    | id
			{ node(id: "Place:0000-nowhere") { id } }                         | id
			{ place(postcode: "0000") { name { value } } }                    | postcode
			{ place(postcode: "4000") { name { value } } }                    | postcode
			{ qualification(id: "no-such-qualification") { name } }           | id
			""")
	void anUnknownIdIsNotFound(String query, String argument) {
		error(graphQl.document(query).execute(), "NOT_FOUND", argument);
	}

	@Test
	void anIdThatIsNotAGlobalIdIsABadRequest() {
		assertThat(error(graphQl.document("{ node(id: \"no-colon\") { id } }").execute(), "BAD_REQUEST", "id")
			.getMessage()).contains("Programme");
		error(graphQl.document("{ node(id: \"Nonsense:x\") { id } }").execute(), "BAD_REQUEST", "id");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					{ search(filter: { kinds: [PROGRAMME], lookingForLearner: true }) { totalCount } }     | filter.lookingForLearner
					{ search(filter: { kinds: [STAKEHOLDER], recognisedBy: "sp-bouw" }) { totalCount } }   | filter.recognisedBy
					{ search(filter: { kinds: [OFFERING], recognitionValidOn: "2026-09-01" }) { totalCount } } | filter.recognitionValidOn
					{ search(filter: { kinds: [WORKPLACE, PROGRAMME], step: FIND_WORKPLACE }) { totalCount } } | filter.step
					{ programmes(filter: { step: FIND_WORKPLACE }) { totalCount } }                        | filter.step
					{ search(filter: { kinds: [STAKEHOLDER] }, near: { postcode: "9000" }) { totalCount } } | near
					{ search(sort: DISTANCE) { totalCount } }                                              | sort
					{ workplaces(sort: DISTANCE) { totalCount } }                                          | sort
					{ search(filter: { sectors: ["bouw", "ruimtevaart"] }) { totalCount } }                | filter.sectors
					{ workplaces(filter: { sectors: ["ruimtevaart"] }) { totalCount } }                    | filter.sectors
					{ supportServices(sector: "ruimtevaart") { totalCount } }                              | sector
					{ goodPractices(sector: "ruimtevaart") { totalCount } }                                | sector
					{ roleMap(sector: "ruimtevaart") { role } }                                            | sector
					{ search(filter: { recognitionValidOn: "2026-02-30" }) { totalCount } }                | filter.recognitionValidOn
					{ workplaces(filter: { recognitionValidOn: "1 september 2026" }) { totalCount } }      | filter.recognitionValidOn
					{ search(filter: { programme: "no-such-programme" }) { totalCount } }                  | filter.programme
					{ search(filter: { qualification: "no-such-qualification" }) { totalCount } }          | filter.qualification
					{ search(filter: { municipality: "Atlantis" }) { totalCount } }                        | filter.municipality
					""")
	void anImpossibleCombinationOrUnknownValueIsABadRequestNamingTheArgument(String query, String argument) {
		error(graphQl.document(query).execute(), "BAD_REQUEST", argument);
	}

	@Test
	void aFilterForTheKindsAskedForIsNoErrorEvenWithoutHits() {
		// the kinds left in may simply have no hit; that is an empty page, not an error
		graphQl.document("{ search(filter: { kinds: [WORKPLACE], lookingForLearner: true }) { totalCount } }")
			.execute()
			.errors()
			.verify();
	}

	@Test
	void anErrorSaysWhichFieldOfTheRequestFailed() {
		var response = graphQl.documentName("graphql/programmeFoundAndMissing").execute();
		response.errors().satisfy(errors -> {
			assertThat(errors).hasSize(1);
			assertThat(errors.get(0).getPath()).isEqualTo("missing");
			assertThat(errors.get(0).getErrorType().toString()).isEqualTo("NOT_FOUND");
		});
	}

	@Test
	void aDocumentThatDoesNotValidateSaysWhyWithoutAStackTrace() {
		graphQl.document("{ search(sort: SIDEWAYS) { totalCount } }").execute().errors().satisfy(errors -> {
			assertThat(errors).isNotEmpty();
			errors.forEach(e -> be.duaalatlas.GraphQlResults.assertReadable(e.getMessage()));
		});
	}

}
