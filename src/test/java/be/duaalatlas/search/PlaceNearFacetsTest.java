package be.duaalatlas.search;

import be.duaalatlas.AtlasIntegrationTest;
import be.duaalatlas.index.EngineRequestCounter;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is near a place costs facet aggregations only when the query selects facets, as
 * {@code search} does.
 */
class PlaceNearFacetsTest extends AtlasIntegrationTest {

	@Autowired
	private EngineRequestCounter engineRequests;

	@Test
	void placeNearAsksTheEngineForFacetsOnlyWhenTheyAreSelected() {
		// radii no other test asks for, so that no cached first page answers instead of
		// the engine
		long before = engineRequests.aggregating();
		graphQl.document("{ place(postcode: \"9000\") { near(radiusKm: 7.31) { totalCount edges { kind } } } }")
			.execute()
			.errors()
			.verify();
		long withoutFacets = engineRequests.aggregating() - before;

		before = engineRequests.aggregating();
		graphQl
			.document(
					"{ place(postcode: \"9000\") { near(radiusKm: 7.32) { totalCount facets { kinds { value } } } } }")
			.execute()
			.errors()
			.verify();
		long withFacets = engineRequests.aggregating() - before;

		assertThat(withFacets).as("searches with aggregations when facets are selected").isEqualTo(1);
		assertThat(withoutFacets).as("searches with aggregations when no facet is selected").isZero();
	}

}
