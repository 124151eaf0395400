package fr.brochures.ebook.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every console line says "no notes", "1 note", "2 notes": numbers choose the word in console.properties. */
class ConsoleTextTest {

    /** A count followed by a plural where one thing is meant: "1 notes", "1 errors". */
    private static final Pattern ONE_AND_A_PLURAL = Pattern.compile("(?<![\\d.,])1 (?:\\w+ )?(notes|errors|warnings|chapters|figures|"
            + "photographs|images|fatal errors|usage notes|seconds|files)\\b");

    @ParameterizedTest(name = "{0} chapters, {1} notes, {2} figures")
    @CsvSource({"0, 0, 0, no chapters, no notes, no figures",
            "1, 1, 1, 1 chapter, 1 note, 1 figure",
            "2, 3, 12, 2 chapters, 3 notes, 12 figures",
            "1200, 1, 0, '1,200 chapters', 1 note, no figures"})
    void theSummaryLineCountsInWords(int chapters, int notes, int figures, String saysChapters, String saysNotes, String saysFigures) {
        String line = ConsoleText.words("built", Path.of("out/book.epub"), chapters, notes, notes, 0, figures, 1,
                ConsoleText.size(2048), ConsoleText.size(3 << 20), ConsoleText.seconds(1.25));
        assertTrue(line.startsWith("Built out/book.epub: " + saysChapters + ", " + saysNotes + " ("), line);
        assertTrue(line.contains(saysFigures + " (1 photograph awaited), images 2 KB saved, 3.0 MB, 1.3 s"), line);
    }

    @Test
    void theFailureLineAndTheStrictPartAgreeWithTheirNumbers() {
        assertEquals("ebook-builder: no EPUB written: 1 error. Fix it and build again.", ConsoleText.words("failed", 1, "", 1));
        assertEquals("ebook-builder: no EPUB written: 2 errors. Fix them and build again.", ConsoleText.words("failed", 2, "", 2));
        assertEquals("ebook-builder: no EPUB written: no errors and 1 warning (--strict). Fix it and build again.",
                ConsoleText.words("failed", 0, ConsoleText.words("failed.strict", 1), 1));
    }

    @Test
    void epubCheckSummaryCountsInWords() {
        assertEquals("EPUBCheck: no fatal errors, 1 error, 2 warnings, 1 usage note", ConsoleText.words("check.summary", 0, 1, 2, 1));
    }

    @Test
    void sizesAsPeopleReadThem() {
        assertEquals("812 B", ConsoleText.size(812));
        assertEquals("37 KB", ConsoleText.size(37 * 1024 + 100));
        assertEquals("1.4 MB", ConsoleText.size(1_450_000));
    }

    /** Each line with numbers filled in by 0, 1 and 2 in turn: none says "1 errors" (a plural written after a bare {N}). */
    @ParameterizedTest(name = "every number is {0}")
    @CsvSource({"0", "1", "2"})
    void noLineOfTheBundleSaysOneAndAPlural(int n) {
        ResourceBundle bundle = ResourceBundle.getBundle("console", Locale.ROOT);
        for (String key : Collections.list(bundle.getKeys())) {
            Object[] values = new Object[12];
            java.util.Arrays.fill(values, n);
            String line = ConsoleText.words(key, values);
            assertFalse(ONE_AND_A_PLURAL.matcher(line).find(), key + ": " + line);
        }
    }
}
