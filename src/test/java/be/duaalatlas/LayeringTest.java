package be.duaalatlas;

import co.elastic.clients.elasticsearch.ElasticsearchAsyncClient;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import org.springframework.stereotype.Controller;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The package rules of the README's architecture section, checked on the compiled classes
 * by ArchUnit: features → {@code search} → {@code place} → {@code index}; {@code ingest}
 * → the features' documents; {@code vocabulary} and {@code engine} depend on nothing of
 * the service; no controller talks to the engine client; no cycles.
 */
@AnalyzeClasses(packages = "be.duaalatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

	/** Every package of the service (declared before the rules that use it). */
	private static final String[] PACKAGES = { "engine", "index", "place", "search", "graphql", "vocabulary", "ingest",
			"validation", "programme", "workplace", "stakeholder", "service", "content" };

	private static final String[] FEATURES = { "be.duaalatlas.programme..", "be.duaalatlas.workplace..",
			"be.duaalatlas.stakeholder..", "be.duaalatlas.service..", "be.duaalatlas.content.." };

	@ArchTest
	static final ArchRule theEngineDependsOnNothingOfTheService = noClasses().that()
		.resideInAPackage("be.duaalatlas.engine..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(otherThan("engine"));

	@ArchTest
	static final ArchRule theVocabularyDependsOnNothingOfTheService = noClasses().that()
		.resideInAPackage("be.duaalatlas.vocabulary..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(otherThan("vocabulary"));

	@ArchTest
	static final ArchRule theIndexKnowsNoFeatureNorSearch = noClasses().that()
		.resideInAPackage("be.duaalatlas.index..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(join(FEATURES, "be.duaalatlas.search..", "be.duaalatlas.place..", "be.duaalatlas.ingest..",
				"be.duaalatlas.graphql.."));

	@ArchTest
	static final ArchRule placesKnowNoFeatureNorSearch = noClasses().that()
		.resideInAPackage("be.duaalatlas.place..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(join(FEATURES, "be.duaalatlas.search..", "be.duaalatlas.ingest.."));

	@ArchTest
	static final ArchRule searchKnowsNoFeature = noClasses().that()
		.resideInAPackage("be.duaalatlas.search..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(join(FEATURES, "be.duaalatlas.ingest.."));

	@ArchTest
	static final ArchRule featuresDoNotImport = noClasses().that()
		.resideInAnyPackage(FEATURES)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("be.duaalatlas.ingest..");

	@ArchTest
	static final ArchRule ingestUsesOnlyTheFeaturesDocuments = noClasses().that()
		.resideInAPackage("be.duaalatlas.ingest..")
		.should()
		.dependOnClassesThat(featureClassesOtherThanDocuments())
		.because("ingest reads files into the features' input records, checks them by the features' rules and "
				+ "writes the features' documents, nothing else of them");

	@ArchTest
	static final ArchRule noControllerTouchesTheEngineClient = noClasses().that()
		.areAnnotatedWith(Controller.class)
		.should()
		.dependOnClassesThat()
		.areAssignableTo(ElasticsearchClient.class)
		.orShould()
		.dependOnClassesThat()
		.areAssignableTo(ElasticsearchAsyncClient.class)
		.because("controllers read through the search package or their feature's reader, the one read boundary");

	/**
	 * Until the YAML kinds' mutations leave {@code portal} for their features (issue 22,
	 * part A), these portal classes still call into the import adapters and import their
	 * features; the features that already own their writes use the portal's pipeline, so
	 * the two would close a cycle. Remove once they are gone.
	 */
	private static final DescribedPredicate<JavaClass> PORTAL_CLASSES_LEAVING = DescribedPredicate.describe(
			"portal classes that still call the YAML adapters and their features",
			type -> type.getPackageName().equals("be.duaalatlas.portal") && type.getName()
				.replaceAll("\\$.*", "")
				.matches(
						".*\\.(SupportServiceMutations|ContentMutations|" + "StakeholderRolesMutation|PortalCallers)"));

	@ArchTest
	static final ArchRule packagesHaveNoCycles = slices().matching("be.duaalatlas.(*)..")
		.should()
		.beFreeOfCycles()
		.ignoreDependency(PORTAL_CLASSES_LEAVING, DescribedPredicate.alwaysTrue());

	/**
	 * Every package of the service but {@code own} (and the root, where the application
	 * class lives).
	 */
	private static String[] otherThan(String own) {
		return java.util.stream.Stream.concat(
				java.util.stream.Stream.of(PACKAGES).filter(p -> !p.equals(own)).map(p -> "be.duaalatlas." + p + ".."),
				java.util.stream.Stream.of("be.duaalatlas"))
			.toArray(String[]::new);
	}

	private static String[] join(String[] packages, String... more) {
		String[] all = new String[packages.length + more.length];
		System.arraycopy(packages, 0, all, 0, packages.length);
		System.arraycopy(more, 0, all, packages.length, more.length);
		return all;
	}

	/**
	 * A class of a feature package that is neither a document record (or part of one) nor
	 * an enum.
	 */
	private static DescribedPredicate<JavaClass> featureClassesOtherThanDocuments() {
		return DescribedPredicate.describe("feature classes other than their documents, input records, rules and enums",
				type -> {
					JavaClass javaClass = type.getBaseComponentType();
					return javaClass.getPackageName()
						.matches("be\\.duaalatlas\\.(programme|workplace|stakeholder|" + "service|content)(\\..*)?")
							&& !javaClass.isEnum()
							&& !javaClass.getName().replaceAll("\\$.*", "").matches(".*(Document|Input|Rules)");
				});
	}

}
