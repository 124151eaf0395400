package fr.brochures.ebook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Supplies a synthetic book's awaited photographs: the first awaited JPEG figures of each copy of the chapters get one
 * of the generated {@link Photos} (copied into book/images/ and linked from the figure), as many a copy as spreads the
 * wanted number over all the copies. Without a folder of photographs, it supplies none. One instance goes through the
 * copies in order, chapter after chapter ({@link #startCopy}, then {@link #supplyIn}).
 */
final class PhotoSupply {

    private static final Pattern AWAITED_IMG = Pattern.compile(
            "(<figure\\b[^>]*data-photo=\"awaited\"[^>]*>\\s*<img\\b[^>]*?\\bsrc=\")([^\"]+\\.jpe?g)(\")");

    private final Path photoDir;
    private final Path images;
    private final int wanted;
    private final int copies;
    private int supplied;
    private long bytes;
    private int leftThisCopy;

    /** {@code wanted} photographs from {@code photoDir} (null: none) for {@code copies} copies, into {@code images}. */
    PhotoSupply(Path photoDir, Path images, int wanted, int copies) {
        this.photoDir = photoDir;
        this.images = images;
        this.wanted = wanted;
        this.copies = copies;
    }

    /** Starts the next copy of the chapters: its share of the photographs still to supply. */
    void startCopy() {
        leftThisCopy = photoDir == null ? 0 : Math.min(wanted - supplied, (wanted + copies - 1) / copies);
    }

    /** The chapter with its awaited JPEG figures supplied while the copy's share lasts. */
    String supplyIn(String text) throws IOException {
        if (leftThisCopy <= 0) {
            return text;
        }
        Matcher img = AWAITED_IMG.matcher(text);
        StringBuilder withPhotos = new StringBuilder();
        while (img.find()) {
            String src = img.group(2);
            if (leftThisCopy > 0) {
                supplied++;
                leftThisCopy--;
                String file = Photos.fileName(supplied);
                Path photo = photoDir.resolve(file);
                Files.copy(photo, images.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                bytes += Files.size(photo);
                src = "images/" + file;
            }
            img.appendReplacement(withPhotos, Matcher.quoteReplacement(img.group(1) + src + img.group(3)));
        }
        img.appendTail(withPhotos);
        return withPhotos.toString();
    }

    /** How many photographs were supplied so far. */
    int supplied() {
        return supplied;
    }

    /** Their size in bytes. */
    long bytes() {
        return bytes;
    }
}
