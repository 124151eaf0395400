package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Text files are read as UTF-8 or refused with the place of the first wrong byte. */
class TextFilesTest {

    @TempDir
    Path temp;

    private static String only(BuildReport report) {
        assertEquals(1, report.problems().size(), report.problems().toString());
        Problem problem = report.problems().get(0);
        return problem.format();
    }

    @Test
    void aLatin1ByteIsNamedWithItsLineAndColumn() throws Exception {
        Path file = temp.resolve("ch.xhtml");
        Files.write(file, "<p>un</p>\n<p>deux été</p>\n".getBytes(StandardCharsets.ISO_8859_1));
        BuildReport report = new BuildReport();
        assertEquals(Optional.empty(), TextFiles.read(file, "book/ch.xhtml", report));
        assertEquals("book/ch.xhtml:2:9: error [PRJ-004] This file is not UTF-8 text: the byte 0xE9 here is not UTF-8 (the file "
                + "was probably saved as Latin-1 or Windows-1252). Save it again as UTF-8 in your text editor (Save As…, encoding "
                + "UTF-8).", only(report));
    }

    @Test
    void columnsCountCharactersNotBytes() throws Exception {
        Path file = temp.resolve("ch.xhtml");
        byte[] good = "«é» ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xFF;
        Files.write(file, bytes);
        BuildReport report = new BuildReport();
        TextFiles.read(file, "ch", report);
        assertEquals("ch:1:5", report.problems().get(0).location().toString());
    }

    @Test
    void aMissingFileSaysSoWithoutJavaNames() {
        BuildReport report = new BuildReport();
        TextFiles.read(temp.resolve("absent.xhtml"), "book/absent.xhtml", report);
        assertEquals("book/absent.xhtml: error [PRJ-003] This file cannot be read (no such file). Check that it exists and that "
                + "you may read it.", only(report));
    }

    @Test
    void aByteOrderMarkIsDropped() throws Exception {
        Path file = temp.resolve("ch.xhtml");
        Files.writeString(file, "\uFEFF<p/>", StandardCharsets.UTF_8);
        assertEquals(Optional.of("<p/>"), TextFiles.read(file, "ch", new BuildReport()));
    }
}
