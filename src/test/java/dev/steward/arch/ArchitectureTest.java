package dev.steward.arch;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of DESIGN.md: dependencies point inwards, adapters stay in their lanes. */
@AnalyzeClasses(packages = "dev.steward", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainUsesOnlyJava = classes().that().resideInAPackage("dev.steward.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.steward.domain..", "java..")
            .because("the domain is plain Java: records, enums and pure functions");

    @ArchTest
    static final ArchRule domainStaysOffJdbcAndDesktop = noClasses().that().resideInAPackage("dev.steward.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "java.awt..", "javax..");

    @ArchTest
    static final ArchRule appUsesOnlyDomain = classes().that().resideInAPackage("dev.steward.app..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("dev.steward.app..", "dev.steward.domain..", "java..")
            .because("use cases and ports know nothing of SQLite, JSON, spreadsheets or JavaFX");

    @ArchTest
    static final ArchRule onlyUiUsesJavaFx = noClasses().that().resideOutsideOfPackages("dev.steward.ui..")
            .and().doNotHaveFullyQualifiedName("dev.steward.Launcher")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..",
                    "org.kordamp.ikonli..");

    @ArchTest
    static final ArchRule onlyStoreUsesJdbc = noClasses().that().resideOutsideOfPackage("dev.steward.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..",
                    "org.flywaydb..");

    @ArchTest
    static final ArchRule nothingDependsOnUi = noClasses().that().resideOutsideOfPackage("dev.steward.ui..")
            .and().doNotHaveFullyQualifiedName("dev.steward.Launcher")
            .should().dependOnClassesThat().resideInAPackage("dev.steward.ui..");

    @ArchTest
    static final ArchRule nothingDependsOnCli = noClasses().that().resideOutsideOfPackage("dev.steward.cli..")
            .and().doNotHaveFullyQualifiedName("dev.steward.Launcher")
            .should().dependOnClassesThat().resideInAPackage("dev.steward.cli..")
            .because("only the composition root wires the CLI; the UI implements the app's UiStarter port");

    @ArchTest
    static final ArchRule adaptersDoNotUseEachOther = noClasses()
            .that().resideInAnyPackage("dev.steward.store..", "dev.steward.catalog..", "dev.steward.importing..",
                    "dev.steward.export..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.steward.ui..", "dev.steward.cli..");

    @ArchTest
    static final ArchRule storeIsUsedOnlyByTheCompositionRoot = noClasses()
            .that().resideInAnyPackage("dev.steward.ui..", "dev.steward.app..", "dev.steward.domain..",
                    "dev.steward.catalog..", "dev.steward.export..", "dev.steward.importing..")
            .should().dependOnClassesThat().resideInAPackage("dev.steward.store..");
}
