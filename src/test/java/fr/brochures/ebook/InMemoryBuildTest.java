package fr.brochures.ebook;

import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A build in memory ({@code serve}'s): every output made, none written, and the same builder builds again with what
 * changed in the sources.
 */
class InMemoryBuildTest {

    @TempDir
    Path dir;

    @Test
    void buildsEverythingWritesNothingAndBuildsAgain() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), dir.resolve("project"));
        Path site = project.resolve("target").resolve("site");
        BuildOptions options = BuildOptions.defaults(project, null).withSite(site, null).inMemory();
        List<Path> before = files(dir);
        BookBuilder builder = new BookBuilder();

        BuildResult first = builder.build(options);
        assertTrue(first.written(), () -> first.report().problems().toString());
        assertEquals(List.of("epub", "kepub", "web", "site"), first.outputs().stream().map(Output::kind).toList());
        assertEquals(before, files(dir), "nothing written");
        OutputFile page = first.site().main();
        assertEquals(site.resolve("index.html"), page.path());
        assertTrue(first.site().files().stream().anyMatch(f -> f.path().equals(site.resolve(first.output().getFileName()))),
                "the site offers the EPUB, in memory");

        Path chapter;
        try (Stream<Path> chapters = Files.list(project.resolve("book"))) {
            chapter = chapters.filter(p -> p.toString().endsWith(".xhtml")).sorted().findFirst().orElseThrow();
        }
        String text = Files.readString(chapter);
        Files.writeString(chapter, text.replaceFirst("</p>", " Mot ajouté pour l’aperçu.</p>"));
        before = files(dir);
        BuildResult second = builder.build(options);
        assertTrue(second.written(), () -> second.report().problems().toString());
        assertEquals(before, files(dir), "nothing written the second time either");
        String entry = "OEBPS/" + chapter.getFileName();
        assertFalse(entryText(first.outputs().get(0).main(), entry).contains("Mot ajouté"));
        assertTrue(entryText(second.outputs().get(0).main(), entry).contains("Mot ajouté pour l’aperçu."));
    }

    @Test
    void aFailedBuildHasNoOutputs() throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("xhtml-unclosed-tag-error"), dir.resolve("broken"));
        BuildResult result = new BookBuilder().build(BuildOptions.defaults(project, null).withSite(null, null).inMemory());
        assertFalse(result.written());
        assertEquals(List.of(), result.outputs());
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.sorted().toList();
        }
    }

    private static String entryText(OutputFile epub, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub.bytes()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError(name + " is not in the EPUB");
    }
}
