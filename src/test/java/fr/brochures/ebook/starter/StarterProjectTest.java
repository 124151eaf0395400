package fr.brochures.ebook.starter;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.MetadataReader;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The starter project init writes: complete, readable back, never over anything. */
class StarterProjectTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @TempDir
    Path temp;

    private final StarterProject starter = new StarterProject(new PageRenderer());

    @Test
    void writesEveryFileOfANewFrenchBook() throws IOException {
        Path dir = temp.resolve("livre");
        List<String> written = starter.write(dir, new StarterBook(null, "fr", null), TODAY);
        assertEquals(List.of("book/book.yaml", "book/01-premier-chapitre.md", "book/02-deuxieme-chapitre.xhtml",
                "book/images/exemple.svg", "styles/default.css", "covers/cover.jpg", ".gitignore"), written);
        written.forEach(file -> assertTrue(Files.isRegularFile(dir.resolve(file)), file));
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(List.of(dir), left.toList(), "no staging folder left beside the project");
        }
    }

    @Test
    void theMetadataReadsBackWithTheGivenWordsEvenWhenTheyLookLikeYaml() throws IOException {
        Path dir = temp.resolve("book");
        String title = "L'appel : suite #1 — « no »";
        starter.write(dir, new StarterBook(title, "fr-CA", "Collectif: \"Les Ami·es\""), TODAY);
        BuildReport report = new BuildReport();
        MetadataReader.Parsed parsed = new MetadataReader(report, "book/book.yaml")
                .read(Files.readString(dir.resolve("book/book.yaml")));
        assertEquals(List.of(MessageId.META_005), report.problems().stream().map(Problem::id).toList(),
                "only the note that no licence is given (rights is left for the collective to decide)");
        assertEquals(title, parsed.metadata().title());
        assertEquals("fr-CA", parsed.metadata().language());
        assertEquals("Collectif: \"Les Ami·es\"", parsed.metadata().creators().get(0).name());
        assertEquals("2026-12-04", parsed.metadata().date());
        assertTrue(parsed.metadata().identifier().matches("urn:uuid:[0-9a-f-]{36}"));
        assertEquals(List.of("01-premier-chapitre.md", "02-deuxieme-chapitre.xhtml"), parsed.chapters());
    }

    @Test
    void everyKeyOfBookYamlIsThereToUncomment() throws IOException {
        Path dir = temp.resolve("book");
        starter.write(dir, new StarterBook("T", "en", "A"), TODAY);
        String yaml = Files.readString(dir.resolve("book/book.yaml"));
        for (String key : fr.brochures.ebook.project.MetadataKeys.TOP_LEVEL) {
            assertTrue(yaml.matches("(?s).*\\n#? ?" + key + ":.*"), "book.yaml shows " + key);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de", "kk-Cyrl"})
    void otherLanguagesStartFromTheEnglishText(String language) throws IOException {
        Path dir = temp.resolve(language);
        List<String> written = starter.write(dir, new StarterBook(null, language, null), TODAY);
        assertTrue(written.contains("book/01-first-chapter.md"), written.toString());
        assertTrue(Files.readString(dir.resolve("book/book.yaml")).contains("language: \"" + language + "\""));
    }

    @Test
    void thePlaceholderCoverIsA1600By2400Jpeg() throws IOException {
        Path dir = temp.resolve("book");
        starter.write(dir, new StarterBook("Un titre assez long pour tenir sur plusieurs lignes de la couverture", "fr", "Nous"), TODAY);
        byte[] cover = Files.readAllBytes(dir.resolve("covers/cover.jpg"));
        assertEquals((byte) 0xFF, cover[0]);
        assertEquals((byte) 0xD8, cover[1]);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(cover));
        assertNotNull(image);
        assertEquals(1600, image.getWidth());
        assertEquals(2400, image.getHeight());
    }

    @Test
    void anEmptyFolderIsFilledAndAFolderHoldingAnythingIsRefused() throws IOException {
        Path empty = Files.createDirectories(temp.resolve("empty"));
        assertTrue(StarterProject.refusal(empty).isEmpty());
        starter.write(empty, new StarterBook("T", "fr", "A"), TODAY);
        assertTrue(Files.isRegularFile(empty.resolve("book/book.yaml")));
        assertTrue(StarterProject.refusal(empty).orElseThrow().contains("is not empty"));

        Path withFile = Files.createDirectories(temp.resolve("notes"));
        Files.writeString(withFile.resolve(".hidden"), "mine");
        assertTrue(StarterProject.refusal(withFile).isPresent(), "even a hidden file makes a folder not empty");
        assertTrue(StarterProject.refusal(withFile.resolve(".hidden")).orElseThrow().contains("is a file"));
        assertTrue(StarterProject.refusal(temp.resolve("new")).isEmpty());
    }

    @Test
    void aFailedWriteLeavesNothingBehind() throws IOException {
        Path parentIsAFile = Files.writeString(temp.resolve("file"), "x");
        assertThrows(IOException.class, () -> starter.write(parentIsAFile.resolve("book"), new StarterBook("T", "fr", "A"), TODAY));
        assertEquals("x", Files.readString(parentIsAFile));
        try (Stream<Path> left = Files.list(temp)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().contains(".init-")));
        }
    }
}
