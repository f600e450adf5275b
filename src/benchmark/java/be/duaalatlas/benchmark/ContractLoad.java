package be.duaalatlas.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * One Gatling run: every operation of the plan, one after the other, each as GraphQL without the answer cache
 * ({@code Cache-Control: no-cache}), as the same engine requests sent to the engine alone, and as GraphQL asked again
 * (the answer cache), with a fixed number of concurrent clients that send their next request as soon as the last one
 * is answered. The plan (a JSON file written by {@link BenchmarkSuite}) is named by the system property
 * {@code benchmark.plan}.
 */
public class ContractLoad extends Simulation {

	/** Names of the measured request kinds, as they appear in Gatling's statistics. */
	static final String GRAPHQL = "graphql ", ENGINE = "engine ", CACHED = "cached ";

	private static final int WARM_UP_CLIENTS = 16;

	public ContractLoad() {
		Plan plan = Plan.read(Path.of(System.getProperty("benchmark.plan")));
		HttpProtocolBuilder protocol = http.shareConnections().contentTypeHeader("application/json")
			.acceptHeader("application/json");
		Duration warmUp = Duration.ofSeconds(plan.warmUpSeconds());
		Duration measured = Duration.ofSeconds(plan.seconds());
		List<PopulationBuilder> steps = new ArrayList<>();
		if (plan.jitWarmUpSeconds() > 0) {
			steps.add(jitWarmUp(plan));
		}
		for (Plan.Operation op : plan.operations()) {
			if (op.graphql() != null) {
				steps.add(step("warm " + op.name(), exec(graphql("warm " + op.name(), plan, op, true)), plan, warmUp));
				steps.add(step(GRAPHQL + op.name(), exec(graphql(GRAPHQL + op.name(), plan, op, true)), plan, measured));
			}
			if (!op.engine().isEmpty()) {
				List<ChainBuilder> requests = new ArrayList<>();
				for (int i = 0; i < op.engine().size(); i++) {
					Plan.EngineRequest request = op.engine().get(i);
					requests.add(exec(http(ENGINE + op.name() + " #" + (i + 1))
						.httpRequest(request.method(), plan.engineUrl() + request.path())
						.body(StringBody(request.body() == null ? "" : request.body()))
						.check(status().lt(300))));
				}
				steps.add(step("warm engine " + op.name(), group("warm engine " + op.name()).on(exec(requests)), plan, warmUp));
				steps.add(step(ENGINE + op.name(), group(ENGINE + op.name()).on(exec(requests)), plan, measured));
			}
			if (op.graphql() != null) {
				steps.add(step(CACHED + op.name(), exec(graphql(CACHED + op.name(), plan, op, false)), plan, measured));
			}
		}
		PopulationBuilder chain = steps.get(steps.size() - 1);
		for (int i = steps.size() - 2; i >= 0; i--) {
			chain = steps.get(i).andThen(chain);
		}
		setUp(chain).protocols(protocol);
	}

	/**
	 * Every operation through GraphQL (with and without the answer cache), one after the other, by
	 * {@value #WARM_UP_CLIENTS} clients: the service's code is compiled by the JIT's optimising tier before anything
	 * is measured (a freshly started service answered programme-detail in 19 ms, warm in 3.5 ms).
	 */
	private static PopulationBuilder jitWarmUp(Plan plan) {
		List<ChainBuilder> requests = new ArrayList<>();
		for (Plan.Operation op : plan.operations()) {
			if (op.graphql() != null) {
				requests.add(exec(graphql("jit warm-up", plan, op, true)));
				requests.add(exec(graphql("jit warm-up", plan, op, false)));
			}
		}
		return scenario("jit warm-up").exec(requests)
			.injectClosed(constantConcurrentUsers(WARM_UP_CLIENTS).during(Duration.ofSeconds(plan.jitWarmUpSeconds())));
	}

	private static HttpRequestActionBuilder graphql(String name, Plan plan, Plan.Operation op, boolean fresh) {
		HttpRequestActionBuilder request = http(name).post(plan.graphqlUrl()).body(StringBody(op.graphql()))
			.check(status().is(200))
			.check(io.gatling.javaapi.core.CoreDsl.jsonPath("$.errors").notExists());
		return fresh ? request.header("Cache-Control", "no-cache") : request;
	}

	private static PopulationBuilder step(String name, ChainBuilder chain, Plan plan, Duration duration) {
		ScenarioBuilder scenario = scenario(name).exec(chain);
		return scenario.injectClosed(constantConcurrentUsers(plan.clients()).during(duration));
	}

	/** What to run: written by the suite, read by the simulation. */
	record Plan(String graphqlUrl, String engineUrl, int clients, int seconds, int warmUpSeconds,
			int jitWarmUpSeconds, List<Operation> operations) {

		record Operation(String name, String graphql, List<EngineRequest> engine) {
		}

		record EngineRequest(String method, String path, String body) {
		}

		static Plan read(Path file) {
			try {
				return new ObjectMapper().readValue(file.toFile(), Plan.class);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

		void write(Path file) {
			try {
				new ObjectMapper().writeValue(file.toFile(), this);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
