package be.duaalatlas;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service's modules, one per top-level package, checked by Spring Modulith on the
 * compiled classes: each uses only the modules its {@code package-info.java} allows
 * ({@code @ApplicationModule(allowedDependencies = …)}, {@code "portal :: writes"} for a
 * named interface), none reaches into another's sub-packages, no cycles. The allowed
 * lists are the ones used (no stale permission), and docs/architecture.md shows this very
 * model. Class-level rules Modulith does not express stay in {@link LayeringTest}.
 */
class ModularityTest {

	static final ApplicationModules MODULES = ApplicationModules.of(DuaalAtlasApplication.class);

	private static final Path ARCHITECTURE = Path.of("docs/architecture.md");

	private static final Path DIAGRAMS = Path.of("target/spring-modulith-docs");

	@Test
	void everyModuleUsesOnlyWhatItsPackageInfoAllows() {
		MODULES.verify();
	}

	@Test
	void everyModuleAllowsOnlyWhatItUses() {
		assertThat(declared()).as("what each package-info allows (actual) and what its module uses (expected)")
			.isEqualTo(used());
	}

	@Test
	void theArchitecturePageShowsTheModel() throws IOException {
		Map<String, Set<String>> documented = documented(Files.readString(ARCHITECTURE));
		assertThat(documented).as("""
				docs/architecture.md's module table; the model's:
				%s""", table(used())).isEqualTo(used());
	}

	@Test
	void writesTheModelAsPlantUml() throws IOException {
		new Documenter(MODULES, DIAGRAMS.toString()).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
		assertThat(DIAGRAMS.resolve("components.puml")).exists();
		assertThat(Files.readString(DIAGRAMS.resolve("components.puml"))).contains("\"Portal\"", "\"Search\"",
				"\"Ingest\"");
	}

	/**
	 * Module → the modules its classes use (named interfaces folded into their module).
	 */
	private static Map<String, Set<String>> used() {
		return MODULES.stream()
			.collect(Collectors.toMap(module -> module.getIdentifier().toString(),
					module -> module.getDirectDependencies(MODULES)
						.uniqueModules()
						.map(dependency -> dependency.getIdentifier().toString())
						.collect(Collectors.toCollection(TreeSet::new)),
					(a, b) -> a, TreeMap::new));
	}

	/** Module → the modules its package-info allows (named interfaces folded in). */
	private static Map<String, Set<String>> declared() {
		return MODULES.stream().collect(Collectors.toMap(module -> module.getIdentifier().toString(), module -> {
			ApplicationModule declaration = packageInfo(module.getBasePackage().getName());
			assertThat(declaration).as("@ApplicationModule in %s's package-info", module.getIdentifier()).isNotNull();
			return Arrays.stream(declaration.allowedDependencies())
				.map(allowed -> allowed.split("::")[0].strip())
				.collect(Collectors.toCollection(TreeSet::new));
		}, (a, b) -> a, TreeMap::new));
	}

	private static ApplicationModule packageInfo(String packageName) {
		try {
			return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	private static final Pattern ROW = Pattern.compile("^\\| `([a-z]+)` \\|[^|]*\\| (.*) \\|$", Pattern.MULTILINE);

	private static final Pattern NAME = Pattern.compile("`([a-z]+)`");

	/**
	 * The rows of the page's module table, between its markers: {@code | `module` | what
	 * it holds | `used`, `modules` |} ({@code —} for none).
	 */
	static Map<String, Set<String>> documented(String page) {
		int start = page.indexOf("<!-- modules:start");
		int end = page.indexOf("<!-- modules:end");
		assertThat(start).as("the module table's start marker").isNotNegative();
		assertThat(end).as("the module table's end marker").isGreaterThan(start);
		Map<String, Set<String>> modules = new TreeMap<>();
		Matcher row = ROW.matcher(page.substring(start, end));
		while (row.find()) {
			Set<String> uses = new TreeSet<>();
			Matcher name = NAME.matcher(row.group(2));
			while (name.find()) {
				uses.add(name.group(1));
			}
			modules.put(row.group(1), uses);
		}
		return modules;
	}

	/** The table's rows as the model has them, to paste into the page. */
	private static String table(Map<String, Set<String>> modules) {
		return modules.entrySet()
			.stream()
			.map(module -> "| `" + module.getKey() + "` | … | " + (module.getValue().isEmpty() ? "—"
					: module.getValue().stream().map(name -> "`" + name + "`").collect(Collectors.joining(", ")))
					+ " |")
			.collect(Collectors.joining("\n"));
	}

}
