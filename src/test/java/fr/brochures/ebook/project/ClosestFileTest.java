package fr.brochures.ebook.project;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Did you mean …?" for a file: a few letters apart, or a name cut short; nothing when nothing is close. */
class ClosestFileTest {

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', value = {
            "01-intro.xhtml|01-introduction.xhtml 02-suite.xhtml|01-introduction.xhtml",
            "01-introdution.xhtml|01-introduction.xhtml 02-suite.xhtml|01-introduction.xhtml",
            "01-introduction.xhtml|01-introduction.md 02-suite.xhtml|01-introduction.md",
            "01-intro.md|01-introduction.xhtml 01-introduction.md|01-introduction.md",
            "01-Introduction.xhtml|01-introduction.xhtml|01-introduction.xhtml",
            "shema.svg|schema.svg carte.png|schema.svg",
            "bok.css|book.css print.css|book.css",
            "03-absent.xhtml|01-premier.xhtml 02-second.xhtml|",
            "01-i.xhtml|01-introduction.xhtml|",
            "zzz.xhtml||"})
    void suggestsTheClosestName(String missing, String names, String expected) {
        List<String> known = names == null ? List.of() : Arrays.asList(names.split(" "));
        assertEquals(Optional.ofNullable(expected), ClosestFile.among(missing, known));
    }

    @Test
    void looksAmongTheFilesOfTheFolderItAccepts() throws IOException {
        Files.writeString(dir.resolve("01-introduction.xhtml"), "");
        Files.writeString(dir.resolve("01-introduction.txt"), "");
        Files.createDirectory(dir.resolve("01-introductions.xhtml"));
        assertEquals(Optional.of("01-introduction.xhtml"), ClosestFile.in(dir, "01-intro.xhtml", n -> n.endsWith(".xhtml")));
        assertEquals(Optional.empty(), ClosestFile.in(dir, "01-intro.xhtml", n -> n.endsWith(".md")));
        assertEquals(Optional.empty(), ClosestFile.in(dir.resolve("absent"), "01-intro.xhtml", n -> true), "no folder, no suggestion");
    }
}
