package fr.brochures.ebook.images;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Prepares one image file for embedding: checks that its content matches its name and is a format e-readers show. */
public final class ImagePreparer {

    private final BuildReport report;
    private final int maxEdge;

    public ImagePreparer(BuildReport report, int maxEdge) {
        this.report = report;
        this.maxEdge = maxEdge;
    }

    /** The prepared image, or null after reporting why it cannot be embedded. */
    public PreparedImage prepare(Path file, String shownName) {
        byte[] data;
        try {
            data = Files.readAllBytes(file);
        } catch (IOException e) {
            report.error(MessageId.PRJ_003, Location.of(shownName), e.getMessage());
            return null;
        }
        ImageFormat claimed = ImageFormat.byName(file.getFileName().toString());
        ImageFormat actual = ImageFormat.sniff(data);
        if (actual == ImageFormat.UNKNOWN) {
            report.error(MessageId.IMG_003, Location.of(shownName), shownName, describe(claimed), "not an image");
            return null;
        }
        if (claimed != actual) {
            report.error(MessageId.IMG_003, Location.of(shownName), shownName, describe(claimed), describe(actual));
            return null;
        }
        if (actual != ImageFormat.JPEG && actual != ImageFormat.PNG && actual != ImageFormat.SVG) {
            report.error(MessageId.IMG_004, Location.of(shownName), shownName, describe(actual));
            return null;
        }
        return new PreparedImage(data, actual.mediaType(), 0, 0, data.length);
    }

    private static String describe(ImageFormat format) {
        return format == ImageFormat.UNKNOWN ? "an unknown format" : format.name();
    }

    int maxEdge() {
        return maxEdge;
    }
}
