package be.duaalatlas.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.convert.DurationStyle;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The container image tarball that the build's Jib execution ({@code image}, before the
 * tests) wrote, read as an OCI layout: its configuration is the one docs/deployment.md
 * shows, it holds the service and not the embedded engine, and the deployment examples
 * shown there probe and stop it as the service expects. No Docker engine runs here, so
 * the image is read, not run.
 */
class ImageTest {

	private static final Path TARBALL = Path.of("target/jib-image.tar");

	private static final Path PAGE = Path.of("docs/deployment.md");

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final YAMLMapper YAML = new YAMLMapper();

	private static final Map<String, byte[]> tarball = new HashMap<>();

	private static JsonNode manifest;

	private static JsonNode config;

	@BeforeAll
	static void readTarball() throws IOException {
		assertThat(TARBALL).as("the build's jib:buildTar (execution 'image', phase process-test-classes) writes it")
			.isRegularFile();
		// index, manifest and configuration are small; the layers are read where needed
		try (InputStream in = Files.newInputStream(TARBALL)) {
			Tar.each(in, (name, content) -> {
				byte[] start = content.readNBytes(1 << 20);
				if (content.read() < 0) {
					tarball.put(name, start);
				}
			});
		}
		JsonNode index = JSON.readTree(tarball.get("index.json"));
		assertThat(index.path("manifests")).hasSize(1);
		manifest = JSON.readTree(blob(index.path("manifests").get(0).path("digest").asText()));
		config = JSON.readTree(blob(manifest.path("config").path("digest").asText()));
	}

	@Test
	void theImageConfigurationIsTheDocumentedOne() throws IOException {
		assertThat(manifest.path("mediaType").asText()).isEqualTo("application/vnd.oci.image.manifest.v1+json");
		assertThat(config.path("os").asText()).isEqualTo("linux");
		assertThat(config.path("architecture").asText()).isEqualTo("amd64");

		JsonNode documented = documentedConfig();
		JsonNode actual = config.path("config");
		documented.fieldNames()
			.forEachRemaining(
					field -> assertThat(actual.path(field)).as("config.%s as docs/deployment.md shows it", field)
						.isEqualTo(documented.path(field)));
		// what the documentation says of the entrypoint, checked on its own so that a
		// failure says which
		List<String> entrypoint = new ArrayList<>();
		actual.path("Entrypoint").forEach(argument -> entrypoint.add(argument.asText()));
		assertThat(entrypoint).startsWith("java")
			.contains("-XX:+ExitOnOutOfMemoryError", "-XX:MaxRAMPercentage=75")
			.endsWith("be.duaalatlas.DuaalAtlasApplication");
		assertThat(actual.path("User").asText()).isNotIn("", "0", "root", "0:0");
	}

	@Test
	void theImageHoldsTheServiceAndItsPagesButNotTheEmbeddedEngine() throws IOException {
		Set<String> layers = new HashSet<>();
		manifest.path("layers").forEach(layer -> layers.add(blobName(layer.path("digest").asText())));
		Set<String> files = new TreeSet<>();
		try (InputStream in = Files.newInputStream(TARBALL)) {
			Tar.each(in, (name, content) -> {
				if (layers.remove(name)) {
					Tar.each(new GZIPInputStream(content), (file, ignored) -> files.add(file));
				}
			});
		}
		assertThat(layers).as("every layer of the manifest is in the tarball").isEmpty();
		assertThat(files).contains("app/classes/be/duaalatlas/DuaalAtlasApplication.class",
				"app/resources/application.yml", "app/resources/static/index.html",
				"app/resources/static/explorer/index.html", "app/resources/graphql/schema.graphqls",
				"app/jib-classpath-file");
		assertThat(files).anyMatch(file -> file.matches("app/libs/spring-boot-3\\..*\\.jar"));
		assertThat(files).noneMatch(file -> file.contains("engine/dist") || file.contains("elasticsearch-8."));
		// dev tooling stays out: the local identity provider, its library and the dev
		// profile's configuration (docs/identity.md)
		assertThat(files).noneMatch(file -> file.contains("devidentity") || file.contains("oauth2-authorization-server")
				|| file.endsWith("application-dev.yml"));
		// and the catalogue generator (src/tools): the image holds the sample workplaces
		// the build wrote with it, not its classes
		assertThat(files).contains("app/resources/catalogue/workplaces/recognitions.csv",
				"app/resources/catalogue/workplaces/availability.csv");
		assertThat(files).noneMatch(file -> file.matches(".*/be/duaalatlas/ingest/generator/.+\\.class"));
	}

	@Test
	void theKubernetesExampleProbesAndStopsTheServiceAsItExpects() throws IOException {
		List<JsonNode> documents = new ArrayList<>();
		try (var parser = new YAMLFactory().createParser(shownFile("kubernetes.yaml"))) {
			documents.addAll(YAML.readValues(parser, JsonNode.class).readAll());
		}
		JsonNode pod = documents.stream()
			.filter(document -> document.path("kind").asText().equals("Deployment"))
			.findFirst()
			.orElseThrow()
			.path("spec")
			.path("template")
			.path("spec");
		JsonNode container = pod.path("containers").get(0);
		assertThat(container.path("readinessProbe").path("httpGet").path("path").asText())
			.isEqualTo("/actuator/health/readiness");
		assertThat(container.path("livenessProbe").path("httpGet").path("path").asText())
			.isEqualTo("/actuator/health/liveness");
		assertThat(container.path("ports").get(0).path("containerPort").asInt()).isEqualTo(exposedPort());
		assertThat(names(container.path("env"))).contains("SPRING_ELASTICSEARCH_URIS",
				"SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", "SPRING_PROFILES_ACTIVE", "ATLAS_INDEX_PREFIX");
		// the pod is killed only after its preStop pause and the whole graceful shutdown
		long preStop = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asLong();
		assertThat(Duration.ofSeconds(pod.path("terminationGracePeriodSeconds").asLong()))
			.isGreaterThan(shutdownPhase().plusSeconds(preStop));
	}

	@Test
	void theComposeExamplePointsTheServiceAtItsClusterAndLetsItStop() throws IOException {
		JsonNode compose = YAML.readTree(shownFile("compose.yaml"));
		JsonNode atlas = compose.path("services").path("atlas");
		String uris = atlas.path("environment").path("SPRING_ELASTICSEARCH_URIS").asText();
		assertThat(uris).startsWith("http://elasticsearch:9200");
		assertThat(compose.path("services").has("elasticsearch")).isTrue();
		assertThat(atlas.path("ports").get(0).asText()).endsWith(":" + exposedPort());
		assertThat(DurationStyle.detectAndParse(atlas.path("stop_grace_period").asText()))
			.isGreaterThan(shutdownPhase());
	}

	/** The ```json block after the page's marker comment. */
	private static JsonNode documentedConfig() throws IOException {
		String page = Files.readString(PAGE);
		Matcher block = Pattern.compile("<!-- image-config -->\\s*```json\\n(.*?)```", Pattern.DOTALL).matcher(page);
		assertThat(block.find()).as("docs/deployment.md shows the image configuration after <!-- image-config -->")
			.isTrue();
		JsonNode documented = JSON.readTree(block.group(1));
		assertThat(documented).isInstanceOf(ObjectNode.class);
		return documented;
	}

	/** An example file under docs/deployment/, which the page must show as it is. */
	private static String shownFile(String name) throws IOException {
		String file = Files.readString(Path.of("docs/deployment", name));
		assertThat(Files.readString(PAGE)).as("docs/deployment.md shows docs/deployment/%s unchanged", name)
			.contains(file.strip());
		return file;
	}

	private static int exposedPort() {
		List<String> ports = new ArrayList<>();
		config.path("config").path("ExposedPorts").fieldNames().forEachRemaining(ports::add);
		assertThat(ports).hasSize(1);
		return Integer.parseInt(ports.get(0).replace("/tcp", ""));
	}

	private static Duration shutdownPhase() throws IOException {
		JsonNode application = YAML.readTree(Path.of("src/main/resources/application.yml").toFile());
		return DurationStyle
			.detectAndParse(application.path("spring").path("lifecycle").path("timeout-per-shutdown-phase").asText());
	}

	private static List<String> names(JsonNode env) {
		List<String> names = new ArrayList<>();
		env.forEach(variable -> names.add(variable.path("name").asText()));
		return names;
	}

	private static String blobName(String digest) {
		return "blobs/sha256/" + digest.substring("sha256:".length());
	}

	private static byte[] blob(String digest) {
		byte[] blob = tarball.get(blobName(digest));
		assertThat(blob).as("blob %s in the tarball", digest).isNotNull();
		return blob;
	}

	/**
	 * Just enough of the ustar format for Jib's tarballs (short names, regular files and
	 * folders), so the test needs no archive library; entries are streamed, not kept.
	 */
	static final class Tar {

		interface Entry {

			void read(String name, InputStream content) throws IOException;

		}

		private Tar() {
		}

		static void each(InputStream in, Entry entry) throws IOException {
			byte[] header = new byte[512];
			String paxPath = null;
			while (in.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
				String prefix = text(header, 345, 155);
				String name = (prefix.isEmpty() ? "" : prefix + "/") + text(header, 0, 100);
				String octal = text(header, 124, 12);
				long size = octal.isEmpty() ? 0 : Long.parseLong(octal, 8);
				Bounded content = new Bounded(in, size);
				byte type = header[156];
				if (type == 'x') {
					// a PAX header (Jib writes one per layer entry): its path, if any, is
					// the next entry's name
					paxPath = paxPath(new String(content.readAllBytes(), StandardCharsets.UTF_8));
				}
				else if (type != 'g') {
					name = (paxPath != null) ? paxPath : name;
					paxPath = null;
					entry.read(name.startsWith("./") ? name.substring(2) : name, content);
				}
				in.skipNBytes(content.remaining + (512 - size % 512) % 512);
			}
		}

		/** Records of "length key=value\n". */
		private static String paxPath(String records) {
			for (String record : records.split("\n")) {
				String keyValue = record.substring(record.indexOf(' ') + 1);
				if (keyValue.startsWith("path=")) {
					return keyValue.substring("path=".length());
				}
			}
			return null;
		}

		private static String text(byte[] header, int offset, int length) {
			int end = offset;
			while (end < offset + length && header[end] != 0) {
				end++;
			}
			return new String(header, offset, end - offset, StandardCharsets.US_ASCII).trim();
		}

		/** One entry's bytes, leaving the tarball's stream open. */
		private static final class Bounded extends InputStream {

			private final InputStream in;

			private long remaining;

			Bounded(InputStream in, long size) {
				this.in = in;
				this.remaining = size;
			}

			@Override
			public int read() throws IOException {
				byte[] one = new byte[1];
				return (read(one, 0, 1) < 0) ? -1 : one[0] & 0xff;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				if (remaining == 0) {
					return -1;
				}
				int read = in.read(buffer, offset, (int) Math.min(length, remaining));
				if (read < 0) {
					throw new IOException("the tarball is cut short");
				}
				remaining -= read;
				return read;
			}

			@Override
			public void close() {
				// the tarball's stream stays open for the next entry
			}

		}

	}

}
