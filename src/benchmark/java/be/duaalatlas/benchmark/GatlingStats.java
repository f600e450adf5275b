package be.duaalatlas.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The numbers of one Gatling run, read from its report's {@code js/stats.js} (a JavaScript object literal before the
 * report's functions): per request (or group) name the 50th,
 * 95th and 99th percentile of response time (Gatling's default percentiles 1, 3 and 4) and requests per second
 * (answered requests over the measured seconds: Gatling's own mean is over the whole run, which runs every
 * measurement one after the other).
 */
record GatlingStats(Map<String, Numbers> byName) {

	record Numbers(long count, long failed, double p50, double p95, double p99, double perSecond) {
	}

	static GatlingStats read(Path statsJs, int seconds) throws IOException {
		String script = Files.readString(statsJs);
		String literal = script.substring(script.indexOf('{'), script.lastIndexOf('}', script.indexOf("function")) + 1);
		ObjectMapper lenient = JsonMapper.builder().enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
			.enable(JsonReadFeature.ALLOW_SINGLE_QUOTES).enable(JsonReadFeature.ALLOW_TRAILING_COMMA).build();
		Map<String, Numbers> byName = new LinkedHashMap<>();
		collect(lenient.readTree(literal), byName, seconds);
		return new GatlingStats(byName);
	}

	private static void collect(JsonNode node, Map<String, Numbers> byName, int seconds) {
		JsonNode stats = node.path("stats");
		if (!stats.isMissingNode()) {
			byName.put(node.path("name").asText(stats.path("name").asText()), new Numbers(
					stats.path("numberOfRequests").path("total").asLong(), stats.path("numberOfRequests").path("ko").asLong(),
					number(stats.path("percentiles1")), number(stats.path("percentiles3")),
					number(stats.path("percentiles4")),
					(double) stats.path("numberOfRequests").path("ok").asLong() / seconds));
		}
		node.path("contents").forEach(child -> collect(child, byName, seconds));
	}

	private static double number(JsonNode value) {
		JsonNode total = value.path("total");
		return total.isNumber() ? total.asDouble() : Double.parseDouble(total.asText("0").replace("-", "0"));
	}

	Numbers get(String name) {
		return byName.get(name);
	}

}
