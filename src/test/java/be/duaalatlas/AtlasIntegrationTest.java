package be.duaalatlas;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.graphql.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.graphql.test.tester.HttpGraphQlTester;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that go through the public GraphQL API: the whole service on a random
 * port, over the suite's one engine, with the sample catalogue loaded once (the Spring
 * context is shared by every subclass).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = { "atlas.index.prefix=test-" })
@AutoConfigureHttpGraphQlTester
public abstract class AtlasIntegrationTest {

	@Autowired
	protected HttpGraphQlTester graphQl;

	@DynamicPropertySource
	static void engine(DynamicPropertyRegistry registry) {
		registry.add("spring.elasticsearch.uris", TestEngine::url);
	}

}
