package fr.brochures.ebook;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The pipeline's shape, checked on the compiled classes (ArchUnit): packages depend on each other without cycles, the
 * checks do not depend on the transforms, the renderers neither depend on each other's insides nor on the build
 * that runs them, and the live preview serves what renderers made without reaching into the pipeline.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importTheTool() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("fr.brochures.ebook");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("fr.brochures.ebook.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void onlyTheBuildAndTheCommandLineKnowTheBuild() {
        noClasses().that().resideOutsideOfPackages("fr.brochures.ebook", "fr.brochures.ebook.cli")
                .should().dependOnClassesThat().resideInAPackage("fr.brochures.ebook")
                .check(classes);
    }

    @Test
    void checksNeverDependOnTheTransforms() {
        // the transforms run the checks, never the other way round: a check cannot reach what a transform changes
        noClasses().that().resideInAPackage("fr.brochures.ebook.checks..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.brochures.ebook.transform..")
                .check(classes);
    }

    @Test
    void renderersReadTheManuscriptAndNeverTheTransforms() {
        noClasses().that().resideInAnyPackage("fr.brochures.ebook.epub..", "fr.brochures.ebook.kobo..",
                        "fr.brochures.ebook.web..", "fr.brochures.ebook.site..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.brochures.ebook.transform..")
                .check(classes);
    }

    @Test
    void thePreviewServesWhatRenderersMadeAndKnowsNoBuilder() {
        // the preview gets builds from the command line and serves their outputs: it never reaches into the pipeline,
        // so that any renderer's files (a new folder of the site) are served as they are
        noClasses().that().resideInAPackage("fr.brochures.ebook.preview..")
                .should().dependOnClassesThat().resideInAnyPackage("fr.brochures.ebook.transform..", "fr.brochures.ebook.checks..",
                        "fr.brochures.ebook.model..", "fr.brochures.ebook.epub..", "fr.brochures.ebook.kobo..", "fr.brochures.ebook.site..",
                        "fr.brochures.ebook.write..", "fr.brochures.ebook.images..")
                .check(classes);
        noClasses().that().resideOutsideOfPackages("fr.brochures.ebook.preview..", "fr.brochures.ebook.cli")
                .should().dependOnClassesThat().resideInAPackage("fr.brochures.ebook.preview..")
                .check(classes);
    }
}
