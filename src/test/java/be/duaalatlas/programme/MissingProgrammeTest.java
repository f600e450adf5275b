package be.duaalatlas.programme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.duaalatlas.ingest.IngestIntegrationTest;
import co.elastic.clients.elasticsearch._types.Refresh;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import org.springframework.graphql.ResponseError;
import org.springframework.graphql.test.tester.GraphQlTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A programme that disappears under its links (an offering's programme, the programmes of
 * a qualification, between two imports) is a typed error at that field, never an internal
 * error from a null.
 */
class MissingProgrammeTest extends IngestIntegrationTest {

	@Test
	void aMissingProgrammeIsATypedErrorNotAnInternalOne() throws IOException {
		sampleOfferingsLive();
		Map<String, ObjectNode> programmes = documents("programmes");
		// a qualification only one programme leads to, and an offering of that programme
		Map<String, List<String>> byQualification = new java.util.HashMap<>();
		programmes.forEach((code, doc) -> doc.path("qualifications")
			.forEach(q -> byQualification.computeIfAbsent(q.path("id").asText(), k -> new ArrayList<>()).add(code)));
		Map<String, ObjectNode> offerings = documents("offerings");
		Map.Entry<String, List<String>> qualification = byQualification.entrySet()
			.stream()
			.filter(e -> e.getValue().size() == 1)
			.filter(e -> offerings.values()
				.stream()
				.anyMatch(o -> o.path("programmeCode").asText().equals(e.getValue().get(0))))
			.findFirst()
			.orElseThrow();
		String code = qualification.getValue().get(0);
		String offering = offerings.entrySet()
			.stream()
			.filter(o -> o.getValue().path("programmeCode").asText().equals(code))
			.findFirst()
			.orElseThrow()
			.getKey();
		ObjectNode programme = programmes.get(code);
		// the programme classification of this generation in memory before the programme
		// goes, as when a programme goes between two imports: it still says which
		// programmes lead to the qualification (warmed with another qualification, so
		// that no cached search for this one answers instead of the engine)
		String otherQualification = byQualification.keySet()
			.stream()
			.filter(id -> !id.equals(qualification.getKey()))
			.findFirst()
			.orElseThrow();
		graphQl.document("query($id: ID!) { qualification(id: $id) { id programmes { code } } }")
			.variable("id", otherQualification)
			.execute()
			.errors()
			.verify();

		client.delete(d -> d.index(indices.alias("programmes")).id(code).refresh(Refresh.True));
		try {
			GraphQlTester.Response viaOffering = graphQl.documentName("programme/offeringProgramme")
				.variable("id", "Offering:" + offering)
				.execute();
			assertThat(errors(viaOffering)).as("errors of the offering's programme")
				.isNotEmpty()
				.allSatisfy(error -> assertThat(error.getErrorType().toString()).isNotEqualTo("INTERNAL_ERROR"));

			GraphQlTester.Response viaQualification = graphQl.documentName("programme/qualification")
				.variable("id", qualification.getKey())
				.execute();
			assertThat(errors(viaQualification)).as("errors of the qualification")
				.singleElement()
				.satisfies(error -> assertThat(error.getErrorType().toString()).isEqualTo("NOT_FOUND"));
		}
		finally {
			client.index(i -> i.index(indices.alias("programmes")).id(code).document(programme).refresh(Refresh.True));
		}
		JsonNode restored = graphQl.document("query($code: String!) { programme(code: $code) { code } }")
			.variable("code", code)
			.execute()
			.path("programme")
			.entity(JsonNode.class)
			.get();
		assertThat(restored.path("code").asText()).isEqualTo(code);
	}

	private static List<ResponseError> errors(GraphQlTester.Response response) {
		List<ResponseError> errors = new ArrayList<>();
		response.errors().satisfy(errors::addAll);
		return errors;
	}

}
