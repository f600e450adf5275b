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

/**
 * The class-level rules finer than modules, checked on the compiled classes by ArchUnit:
 * no controller talks to the engine client, and {@code ingest} uses only the features'
 * documents, input records, rules and enums. Which module may use which, and the absence
 * of cycles, is {@link ModularityTest}'s (Spring Modulith, docs/architecture.md).
 */
@AnalyzeClasses(packages = "be.duaalatlas", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

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
	 * A class of a feature package that is neither a document record (or part of one) nor
	 * an enum.
	 */
	private static DescribedPredicate<JavaClass> featureClassesOtherThanDocuments() {
		return DescribedPredicate.describe("feature classes other than their documents, input records, rules and enums",
				type -> {
					JavaClass javaClass = type.getBaseComponentType();
					return javaClass.getPackageName()
						.matches("be\\.duaalatlas\\.(programme|workplace|stakeholder|supportservice|content)(\\..*)?")
							&& !javaClass.isEnum()
							&& !javaClass.getName().replaceAll("\\$.*", "").matches(".*(Document|Input|Rules)");
				});
	}

}
