package nl.werkbank.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is toolkit-free: it must run in the command line and in tests without JavaFX. */
@AnalyzeClasses(packages = "nl.werkbank.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreDoesNotUseJavaFx = noClasses().that().resideInAPackage("nl.werkbank.core..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..");

    @ArchTest
    static final ArchRule demoGoesThroughServicesNotSql = noClasses().that().resideInAPackage("nl.werkbank.core.demo..")
            .should().dependOnClassesThat().resideInAPackage("java.sql..");
}
