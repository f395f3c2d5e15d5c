package nl.werkbank.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Data flows one way: view → view model → core service → storage. */
@AnalyzeClasses(packages = "nl.werkbank.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule appNeverTalksSql = noClasses().that().resideInAPackage("nl.werkbank.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.h2..", "org.flywaydb..");

    @ArchTest
    static final ArchRule viewsDoNotCallCoreServices = noClasses().that().haveSimpleNameEndingWith("View")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
            .andShould().dependOnClassesThat().resideInAPackage("nl.werkbank.core.storage..");

    /**
     * Only view models, their record editors and dialogs (and the command line and start-up) call core services:
     * views, cells and helpers show what a view model holds, so every user action reaches core in one place.
     */
    @ArchTest
    static final ArchRule onlyViewModelsAndDialogsUseServices = noClasses().that().resideInAPackage("nl.werkbank.app..")
            .and(DescribedPredicate.not(partOf("ViewModel", "Editor", "Dialog")))
            .and().resideOutsideOfPackages("nl.werkbank.app.cli..", "nl.werkbank.app")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Service").andShould()
            .dependOnClassesThat().areAssignableTo(nl.werkbank.core.storage.Database.class);

    /** The class, or the class it is nested in, has a name ending in one of {@code suffixes}. */
    private static DescribedPredicate<JavaClass> partOf(String... suffixes) {
        return DescribedPredicate.describe("part of a class named *" + String.join("/*", suffixes), c -> {
            String topLevel = c.getName().substring(c.getPackageName().length() + 1).split("\\$")[0];
            return java.util.Arrays.stream(suffixes).anyMatch(topLevel::endsWith);
        });
    }

    @ArchTest
    static final ArchRule screensHaveNoCycles = slices().matching("nl.werkbank.app.(*)..").should().beFreeOfCycles();
}
