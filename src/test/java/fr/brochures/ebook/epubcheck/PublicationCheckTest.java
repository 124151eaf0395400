package fr.brochures.ebook.epubcheck;

import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import fr.brochures.ebook.transform.ManuscriptMaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** build --check: what EPUBCheck says of a book about to be published becomes the build's problems, on the source file. */
class PublicationCheckTest {

    @TempDir
    Path dir;

    private Manuscript manuscript(BuildReport report) throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("project"));
        return new ManuscriptMaker(report, false, BuildOptions.DEFAULT_MAX_IMAGE_EDGE).make(new ProjectLoader(report).load(project));
    }

    private static Output book(String kind, String name) {
        OutputFile file = OutputFile.of(Path.of("out", name), new byte[] {'P', 'K'});
        return new Output(kind, file, List.of(file), Map.of());
    }

    @Test
    void errorsAreBuildErrorsOnTheChaptersSourceAndWarningsWarnings() throws IOException {
        BuildReport report = new BuildReport();
        Manuscript manuscript = manuscript(report);
        EpubValidator fake = new EpubValidator(epub -> {
            assertTrue(Files.isRegularFile(epub), "EPUBCheck reads the book's bytes from a file");
            return new EpubValidator.ValidationResult(0, 1, 1, 1, List.of(
                    new EpubValidator.Finding("ERROR", "RSC-005", "OEBPS/01-premier.xhtml", 12, 3, "Error while parsing file"),
                    new EpubValidator.Finding("WARNING", "OPF-018", "OEBPS/content.opf", 4, 1, "A warning"),
                    new EpubValidator.Finding("USAGE", "OPF-086b", "OEBPS/endnotes.xhtml", 9, 1, "A usage note")));
        });
        new PublicationCheck(fake, report).check(List.of(book("epub", "a.epub"), book("site", "index.html")), List.of("epub"), manuscript);
        List<Problem> checks = report.problems().stream().filter(p -> p.id() == MessageId.CHECK_002).toList();
        assertEquals(2, checks.size(), report.problems().toString());
        assertEquals(Severity.ERROR, checks.get(0).severity());
        assertEquals("book/01-premier.xhtml", checks.get(0).location().file());
        assertTrue(checks.get(0).format().contains("RSC-005 (OEBPS/01-premier.xhtml:12)"), checks.get(0).format());
        assertEquals(Severity.WARNING, checks.get(1).severity());
        assertEquals("a.epub", checks.get(1).location().file());
    }

    @Test
    void withoutEpubCheckItIsOneError() throws IOException {
        BuildReport report = new BuildReport();
        Manuscript manuscript = manuscript(report);
        EpubValidator missing = new EpubValidator(epub -> {
            throw new NoClassDefFoundError("com/adobe/epubcheck/api/EpubCheck");
        });
        new PublicationCheck(missing, report).check(List.of(book("epub", "a.epub")), List.of("epub"), manuscript);
        assertTrue(report.has(MessageId.CHECK_003), report.problems().toString());
    }

    @Test
    void aGoodBookBuiltWithCheckIsWrittenAndItsMessagesAreUnchanged() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("good"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(out), new PrintWriter(err), "build", project.toString(), "--check", "--no-site");
        assertEquals(0, exit, err::toString);
        assertFalse(err.toString().contains("CHECK-"), err.toString());
        assertTrue(Files.isRegularFile(project.resolve("target/petit-livre-d-essai.epub")) || Files.list(project.resolve("target"))
                .anyMatch(f -> f.toString().endsWith(".epub")));
    }
}
