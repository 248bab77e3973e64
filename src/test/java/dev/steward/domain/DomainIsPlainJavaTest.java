package dev.steward.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The domain depends on java.* only (DESIGN: "Domain is plain Java"); the project-wide ArchitectureTest may supersede this. */
@AnalyzeClasses(packages = "dev.steward.domain", importOptions = ImportOption.DoNotIncludeTests.class)
class DomainIsPlainJavaTest {
    @ArchTest
    static final ArchRule onlyJava = noClasses().that().resideInAPackage("dev.steward.domain")
            .should().dependOnClassesThat().resideOutsideOfPackages("java..", "dev.steward.domain");

    @ArchTest
    static final ArchRule topLevelRecordsAndEnumsOnly = classes().that().resideInAPackage("dev.steward.domain")
            .and().areTopLevelClasses().and().areNotInterfaces().and().areNotEnums().and().areNotRecords()
            .should().haveSimpleName("Ids").orShould().haveSimpleName("Check");
}
