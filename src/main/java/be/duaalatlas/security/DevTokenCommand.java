package be.duaalatlas.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.io.ClassPathResource;

/**
 * Mints a token for a local run, signed with this machine's dev key pair:
 * {@code ./mvnw -q exec:java@dev-token -Dexec.args="company 0400.003.254"} (on the
 * classes that {@code ./mvnw spring-boot:run} compiled, so it prints the token alone).
 * The issuer ({@code atlas.security.dev-tokens.issuer}) and audience are read from
 * {@code application.yml} and {@code application-dev.yml}, as the service reads them.
 */
public final class DevTokenCommand {

	/** Presets of rights per kind of organisation. */
	enum Role {

		COMPANY(Right.WORKPLACES), PROVIDER(Right.OFFERINGS), PARTNERSHIP(Right.RECOGNITIONS, Right.STAKEHOLDER),
		STAKEHOLDER(Right.STAKEHOLDER), EDITOR(Right.CONTENT), ADMIN(Right.AUDIT), MANAGEMENT(Right.MANAGEMENT);

		final Set<Right> rights;

		Role(Right... rights) {
			this.rights = Set.copyOf(EnumSet.copyOf(List.of(rights)));
		}

	}

	private DevTokenCommand() {
	}

	public static void main(String[] args) {
		if (args.length < 2 || args.length > 3) {
			System.err.println("usage: ROLE ORGANISATION [MINUTES]   (ROLE: "
					+ Arrays.stream(Role.values())
						.map(r -> r.name().toLowerCase(Locale.ROOT))
						.collect(Collectors.joining(", "))
					+ "; ORGANISATION: enterprise number, establishment number or "
					+ "stakeholder key; MINUTES: default 60, at most atlas.security.max-token-lifetime)");
			System.exit(2);
		}
		Role role = Role.valueOf(args[0].toUpperCase(Locale.ROOT));
		String organisation = args[1];
		long minutes = args.length == 3 ? Long.parseLong(args[2]) : 60;
		Properties settings = settings();
		// the service refuses a token valid for longer (TokenProperties)
		Duration max = DurationStyle.detectAndParse(
				settings.getProperty("atlas.security.max-token-lifetime", TokenProperties.DEFAULT_MAX_TOKEN_LIFETIME));
		if (minutes < 1 || Duration.ofMinutes(minutes).compareTo(max) > 0) {
			System.err.println("MINUTES must be between 1 and " + max.toMinutes()
					+ " (atlas.security.max-token-lifetime): the service refuses a token valid for longer");
			System.exit(2);
		}
		Path keyDir = Path.of(settings.getProperty("atlas.security.dev-tokens.key-dir", "target/dev-keys"));
		String issuer = settings.getProperty("atlas.security.dev-tokens.issuer");
		String audience = settings.getProperty("spring.security.oauth2.resourceserver.jwt.audiences[0]");
		Instant now = Instant.now();
		System.out.println(Tokens.mint(DevKeys.loadOrCreate(keyDir), issuer, audience,
				role.name().toLowerCase(Locale.ROOT) + "@" + organisation, organisation, role.rights, now,
				now.plus(Duration.ofMinutes(minutes))));
	}

	private static Properties settings() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"), new ClassPathResource("application-dev.yml"));
		Properties properties = yaml.getObject();
		if (properties == null) {
			throw new UncheckedIOException(new IOException("application.yml not found on the class path"));
		}
		return properties;
	}

}
