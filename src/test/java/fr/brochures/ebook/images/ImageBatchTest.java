package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Images prepared on several threads come back, with their problems, in the order they were given. */
class ImageBatchTest {

    @TempDir
    Path dir;

    @Test
    void resultsAndReportsKeepTheOrderGivenWhateverTheThreadsDo() throws IOException {
        List<ImageBatch.Source> figures = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Path file = dir.resolve("image-" + i + ".jpg");
            if (i % 3 == 1) {
                Files.writeString(file, "not a picture " + i); // refused: IMG-003, reported for this image only
            } else {
                // large and small ones, so that the threads finish out of order
                int width = i % 2 == 0 ? 2400 : 40;
                Files.write(file, TestFiles.jpeg(TestFiles.gradient(width, width * 2 / 3)));
            }
            figures.add(new ImageBatch.Source(file, "book/images/image-" + i + ".jpg"));
        }
        Path cover = dir.resolve("cover.jpg");
        Files.write(cover, TestFiles.jpeg(TestFiles.gradient(1600, 2400)));

        ImageBatch.Result result = ImageBatch.start(figures, new ImageBatch.Source(cover, "covers/cover.jpg"), 1600, null).await();

        assertEquals(12, result.figures().size());
        assertEquals(13, result.reports().size(), "one report per image, the cover's last");
        for (int i = 0; i < 12; i++) {
            BuildReport report = result.reports().get(i);
            if (i % 3 == 1) {
                assertNull(result.figures().get(i));
                assertEquals(MessageId.IMG_003, report.problems().get(0).id());
                String shown = "book/images/image-" + i + ".jpg";
                assertTrue(List.of(report.problems().get(0).args()).contains(shown), report.problems()::toString);
            } else {
                assertNotNull(result.figures().get(i));
                assertTrue(report.problems().isEmpty(), report.problems()::toString);
                assertEquals(i % 2 == 0 ? 1600 : 40, result.figures().get(i).width(), "image " + i);
            }
        }
        assertEquals(2400, result.cover().height(), "the cover keeps up to 2400 px");
    }
}
