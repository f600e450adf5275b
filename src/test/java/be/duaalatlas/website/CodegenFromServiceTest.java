package be.duaalatlas.website;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import be.duaalatlas.AtlasIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GraphQL Code Generator, a standard client, loads the schema from the running service by
 * graphql-js's introspection query and generates the contract operations' types again:
 * they must be exactly those the build generated from graphql-schema/ and type-checked
 * the website against, so the generated types are current with the served schema.
 */
class CodegenFromServiceTest extends AtlasIntegrationTest {

	private static final Path FRONTEND = Path.of("frontend-contract");

	@LocalServerPort
	int port;

	@Test
	void typesGeneratedFromTheRunningServiceAreTheBuildsTypes() throws IOException, InterruptedException {
		Path fromService = Path.of("target/codegen-from-service/graphql.ts").toAbsolutePath();
		Files.deleteIfExists(fromService);
		ProcessBuilder codegen = new ProcessBuilder("npm", "run", "codegen").directory(FRONTEND.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target/codegen-from-service.log").toFile());
		codegen.environment().put("ATLAS_SCHEMA_URL", "http://localhost:" + port + "/graphql");
		codegen.environment().put("ATLAS_CODEGEN_OUT", fromService.toString());
		Process process = codegen.start();
		assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("codegen finished within 5 minutes").isTrue();
		assertThat(process.exitValue()).as(Files.readString(Path.of("target/codegen-from-service.log"))).isZero();
		assertThat(fromService).hasSameTextualContentAs(FRONTEND.resolve("web/generated/graphql.ts"));
	}

}
