package be.duaalatlas.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Copies the built analysis plugin into the distribution's plugins folder when it is
 * missing or changed.
 */
final class PluginInstaller {

	private PluginInstaller() {
	}

	static void install(Path bundle, Path target) {
		try {
			if (Files.isDirectory(target) && sameFiles(bundle, target)) {
				return;
			}
			if (Files.isDirectory(target)) {
				for (Path file : list(target)) {
					Files.delete(file);
				}
			}
			Files.createDirectories(target);
			for (Path file : list(bundle)) {
				Files.copy(file, target.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			throw new EngineStartException("Could not install the analysis plugin from " + bundle + " into " + target,
					ex);
		}
	}

	private static boolean sameFiles(Path bundle, Path target) throws IOException {
		List<Path> files = list(bundle);
		if (list(target).size() != files.size()) {
			return false;
		}
		for (Path file : files) {
			Path copy = target.resolve(file.getFileName());
			if (!Files.exists(copy) || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(copy))) {
				return false;
			}
		}
		return true;
	}

	private static List<Path> list(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}

}
