package fr.brochures.ebook.write;

import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the writer says when it fails is true: which files this build replaced, and that the others are as they were. */
class OutputWriterTest {

    @TempDir
    Path dir;

    private Output output(String... names) {
        List<OutputFile> files = Stream.of(names).map(n -> OutputFile.of(dir.resolve(n), ("new " + n).getBytes())).toList();
        return new Output("test", files.get(0), files, Map.of());
    }

    @Test
    void aFileThatCannotBePutInPlaceAfterOthersIsReportedWithThoseOthers() throws IOException {
        for (String name : List.of("a.epub", "b.epub", "c.epub")) {
            Files.writeString(dir.resolve(name), "old " + name);
        }
        BuildReport report = new BuildReport();
        OutputWriter writer = new OutputWriter(report, (temp, target) -> {
            if (target.getFileName().toString().equals("b.epub")) {
                throw new IOException("the system refused the rename");
            }
            Files.move(temp, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        });
        assertThrows(BuildFailedException.class, () -> writer.writeAll(List.of(output("a.epub", "b.epub", "c.epub"))));
        Problem problem = report.problems().get(0);
        assertEquals(MessageId.OUT_002, problem.id());
        assertTrue(problem.format().contains("already replaced " + dir.resolve("a.epub")), problem.format());
        assertEquals("new a.epub", Files.readString(dir.resolve("a.epub")));
        assertEquals("old b.epub", Files.readString(dir.resolve("b.epub")));
        assertEquals("old c.epub", Files.readString(dir.resolve("c.epub")), "the others are as they were");
        try (Stream<Path> left = Files.list(dir)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void whenNothingWasPutInPlaceItSaysSo() throws IOException {
        Files.writeString(dir.resolve("a.epub"), "old");
        BuildReport report = new BuildReport();
        OutputWriter writer = new OutputWriter(report, (temp, target) -> {
            throw new IOException("refused");
        });
        assertThrows(BuildFailedException.class, () -> writer.writeAll(List.of(output("a.epub"))));
        assertEquals(MessageId.OUT_001, report.problems().get(0).id());
        assertTrue(report.problems().get(0).format().contains("No output of this build was put in place"));
        assertEquals("old", Files.readString(dir.resolve("a.epub")));
    }
}
