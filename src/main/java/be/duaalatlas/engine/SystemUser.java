package be.duaalatlas.engine;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Elasticsearch refuses to run as root. When the service itself runs as root (CI
 * machines, containers), the engine runs as an unprivileged system user without login
 * shell or home, created on first use.
 */
final class SystemUser {

	private static final Logger log = LoggerFactory.getLogger(SystemUser.class);

	private final String name;

	private SystemUser(String name) {
		this.name = name;
	}

	static boolean currentIsRoot() {
		return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
	}

	/** Returns the user, creating it as a system user when it does not exist yet. */
	static SystemUser ensure(String name) {
		if (run(List.of("id", "-u", name)) != 0) {
			int exit = run(List.of("useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent", "--shell",
					"/usr/sbin/nologin", name));
			if (exit != 0) {
				throw new EngineStartException("The service runs as root and Elasticsearch refuses to; creating the "
						+ "system user '" + name + "' failed (useradd exit " + exit + "). Create it yourself or run "
						+ "the service as an unprivileged user.");
			}
			log.info("Created system user '{}' to run the embedded Elasticsearch (it refuses to run as root)", name);
		}
		return new SystemUser(name);
	}

	String name() {
		return name;
	}

	/** Gives the user the folders the engine writes to. */
	void own(Path... paths) {
		List<String> command = new ArrayList<>(List.of("chown", "-R", name + ":"));
		for (Path path : paths) {
			command.add(path.toString());
		}
		int exit = run(command);
		if (exit != 0) {
			throw new EngineStartException("Could not hand " + command.subList(3, command.size()) + " to the engine's "
					+ "user '" + name + "' (chown exit " + exit + ")");
		}
	}

	/** Wraps a command so that it runs as this user, with the given environment. */
	List<String> wrap(List<String> environment, List<String> command) {
		List<String> wrapped = new ArrayList<>(List.of("runuser", "-u", name, "--", "env"));
		wrapped.addAll(environment);
		wrapped.addAll(command);
		return wrapped;
	}

	private static int run(List<String> command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return -1;
			}
			return process.exitValue();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
