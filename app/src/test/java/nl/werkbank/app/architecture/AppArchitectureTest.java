package nl.werkbank.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
}
