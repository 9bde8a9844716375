package dk.overfoersel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layers point inward only: domain ← store ← service ← exchange, document ← usecase ← cli, ui ← app;
 * and io (writing files) beside the domain, usable by every layer from the store outwards.
 */
@AnalyzeClasses(packages = "dk.overfoersel", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule domainIsPureJava = noClasses().that().resideInAPackage("dk.overfoersel.domain..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "javafx..", "org.controlsfx..", "org.jooq..", "java.sql..", "javax.sql..", "org.flywaydb..",
                    "org.h2..", "com.fasterxml..", "picocli..", "org.apache.poi..", "org.openpdf..", "com.lowagie..")
            .because("the domain is records, money and rules in plain Java");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("dk.overfoersel.domain..")
            .layer("Io").definedBy("dk.overfoersel.io..")
            .layer("Store").definedBy("dk.overfoersel.store..")
            .layer("Service").definedBy("dk.overfoersel.service..")
            .layer("Exchange").definedBy("dk.overfoersel.exchange..")
            .layer("Document").definedBy("dk.overfoersel.document..")
            .layer("UseCase").definedBy("dk.overfoersel.usecase..")
            .layer("Cli").definedBy("dk.overfoersel.cli..")
            .layer("Ui").definedBy("dk.overfoersel.ui..")
            .layer("App").definedBy("dk.overfoersel.app..", "dk.overfoersel")
            .whereLayer("App").mayNotBeAccessedByAnyLayer()
            .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("App")
            .whereLayer("UseCase").mayOnlyBeAccessedByLayers("Cli", "Ui", "App")
            .whereLayer("Document").mayOnlyBeAccessedByLayers("UseCase", "Cli", "Ui", "App")
            .whereLayer("Exchange").mayOnlyBeAccessedByLayers("Document", "UseCase", "Cli", "Ui", "App")
            .whereLayer("Service").mayOnlyBeAccessedByLayers("Exchange", "Document", "UseCase", "Cli", "Ui", "App")
            .whereLayer("Store").mayOnlyBeAccessedByLayers("Service", "App")
            .withOptionalLayers(true);

    @ArchTest
    static final ArchRule frontEndsShareTheFileUseCases = noClasses().that().resideInAnyPackage("dk.overfoersel.cli..", "dk.overfoersel.ui..")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("CaseReader")
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("CaseWriter")
            .orShould().dependOnClassesThat().haveSimpleName("BilagWriter")
            .orShould().dependOnClassesThat().haveNameMatching(".*\\.Note(Json|Xlsx)(Reader|Writer)")
            .orShould().dependOnClassesThat().haveSimpleName("NoteDocumentWriter")
            .because("the window and the command line import, export and write the bilag and the budget notes through the same use cases");

    @ArchTest
    static final ArchRule fileWritingNeedsOnlyTheDomain = noClasses().that().resideInAPackage("dk.overfoersel.io..")
            .should().dependOnClassesThat().resideInAnyPackage("dk.overfoersel.store..", "dk.overfoersel.service..",
                    "dk.overfoersel.exchange..", "dk.overfoersel.document..", "dk.overfoersel.cli..", "dk.overfoersel.ui..",
                    "dk.overfoersel.app..", "javafx..", "org.jooq..", "java.sql..")
            .because("every layer from the store outwards writes its files through dk.overfoersel.io (AtomicFile)");

    @ArchTest
    static final ArchRule domainDoesNotWriteFiles = noClasses().that().resideInAPackage("dk.overfoersel.domain..")
            .should().dependOnClassesThat().resideInAPackage("dk.overfoersel.io..")
            .because("the domain is pure");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses().that().resideOutsideOfPackages("dk.overfoersel.store..", "dk.overfoersel.app..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..", "org.h2..")
            .because("SQL lives in the store; the service reaches it through repositories");

    @ArchTest
    static final ArchRule jooqStopsAtTheService = noClasses().that().resideOutsideOfPackages(
                    "dk.overfoersel.store..", "dk.overfoersel.service..", "dk.overfoersel.app..")
            .should().dependOnClassesThat().resideInAnyPackage("org.jooq..")
            .because("transactions are run by the service; outer layers see only use cases");
}
