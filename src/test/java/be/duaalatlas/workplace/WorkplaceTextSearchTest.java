package be.duaalatlas.workplace;

import java.util.List;
import java.util.Map;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A pupil's word for a trade finds the workplaces recognised for the programmes of that
 * trade.
 */
class WorkplaceTextSearchTest extends AtlasIntegrationTest {

	@Test
	@SuppressWarnings("unchecked")
	void aTradeWordNearAPlaceFindsWorkplacesRecognisedForItsProgrammes() {
		var response = graphQl.documentName("workplace/searchWorkplacesByTextAndNear").execute();
		int total = response.path("search.totalCount").entity(Integer.class).get();
		List<Double> distances = response.path("search.edges[*].distanceKm").entityList(Double.class).get();
		List<Map<String, Object>> nodes = (List) response.path("search.edges[*].node").entityList(Map.class).get();

		assertThat(total).isPositive();
		assertThat(distances).allSatisfy(d -> assertThat(d).isLessThanOrEqualTo(40.0));
		assertThat(nodes).isNotEmpty().allSatisfy(node -> {
			List<Map<String, Object>> recognitions = (List<Map<String, Object>>) node.get("recognitions");
			assertThat(recognitions).anySatisfy(r -> {
				assertThat(r.get("status")).isEqualTo("ACTIVE");
				assertThat(((Map<String, Object>) r.get("programme")).get("code").toString()).startsWith("elektr");
			});
		});
	}

}
