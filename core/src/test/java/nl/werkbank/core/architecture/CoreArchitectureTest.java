package nl.werkbank.core.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.conditions.ArchPredicates.are;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * Core is toolkit-free (it runs in the command line and in tests without JavaFX), its features do not depend on
 * each other in circles, and SQL lives in repositories and in storage.
 */
@AnalyzeClasses(packages = "nl.werkbank.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAPackage("nl.werkbank.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule demoGoesThroughServicesNotSql = noClasses().that().resideInAPackage("nl.werkbank.core.demo..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");

    @ArchTest
    static final ArchRule featuresHaveNoCycles = slices().matching("nl.werkbank.core.(*)..").should().beFreeOfCycles();

    /** SQL (JDBC, or our SQL helper {@code Sql}) only in a feature's repository (and what is nested in it) and in storage. */
    @ArchTest
    static final ArchRule sqlOnlyInRepositoriesAndStorage = noClasses()
            .that().resideOutsideOfPackage("nl.werkbank.core.storage..")
            .and(are(not(partOfARepository())))
            .should().dependOnClassesThat().resideInAPackage("java.sql..")
            .orShould().dependOnClassesThat().belongToAnyOf(nl.werkbank.core.storage.Sql.class);

    /** A repository, or a class nested in one (its batches, its rows). */
    private static DescribedPredicate<JavaClass> partOfARepository() {
        return DescribedPredicate.describe("part of a *Repository", javaClass -> {
            String name = javaClass.getName();
            String topLevel = name.contains("$") ? name.substring(0, name.indexOf('$')) : name;
            return topLevel.endsWith("Repository");
        });
    }
}
