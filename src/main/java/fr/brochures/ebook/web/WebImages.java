package fr.brochures.ebook.web;

import fr.brochures.ebook.images.ImageFormat;
import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.images.PreparedImages;
import fr.brochures.ebook.images.ScaledCopies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The figures' images as the web edition has them: an SVG as the EPUB has it; a photograph or a plan (JPEG, PNG) also
 * in smaller copies {@value #SMALL} and {@value #MEDIUM} pixels wide, for the browser to pick from by the screen's width
 * and density ({@code srcset}), and never wider than {@value #LARGEST} pixels: a text column is at most about 700 CSS
 * pixels wide, which a screen of two device pixels per CSS pixel shows sharp at {@value #LARGEST}. The copies are made by
 * the image pipeline from the prepared image (nothing but pixels in them either) and cached by content.
 */
final class WebImages {

    static final int SMALL = 480;
    static final int MEDIUM = 800;
    static final int LARGEST = 1200;
    private static final int[] WIDTHS = {SMALL, MEDIUM, LARGEST};

    /** One file a browser may pick: its href in the web edition and its width in pixels. */
    record Candidate(String href, int width) {
    }

    /** An image with copies: the file {@code src} names (the largest), its size, and every candidate, smallest first. */
    record Responsive(String src, int width, int height, List<Candidate> candidates) {

        /** The {@code srcset} attribute: {@code images/a.480w.jpg 480w, images/a.jpg 1000w}. */
        String srcset() {
            return String.join(", ", candidates.stream().map(c -> c.href() + " " + c.width() + "w").toList());
        }
    }

    private final Map<String, Responsive> responsive;
    private final Map<String, byte[]> files;

    private WebImages(Map<String, Responsive> responsive, Map<String, byte[]> files) {
        this.responsive = Map.copyOf(responsive);
        this.files = files;
    }

    /**
     * The web edition's images from the book's prepared ones, each copy made once (in parallel: they are independent).
     *
     * @throws IOException when a prepared image cannot be decoded or encoded again
     */
    static WebImages of(PreparedImages prepared, ScaledCopies copies) throws IOException {
        Map<String, PreparedImage> figures = prepared.figures();
        Set<String> taken = new HashSet<>(figures.keySet());
        // the copies wanted, an image's together: each image is one task, its copies made at once (its bytes hashed once
        // for their cache keys), the images in parallel
        List<List<Copy>> byImage = new ArrayList<>();
        for (Map.Entry<String, PreparedImage> figure : figures.entrySet()) {
            List<Copy> ofImage = new ArrayList<>();
            if (raster(figure.getValue())) {
                for (int width : WIDTHS) {
                    if (width < figure.getValue().width()) {
                        ofImage.add(new Copy(figure.getKey(), figure.getValue(), width, copyName(figure.getKey(), width, taken)));
                    }
                }
            }
            if (!ofImage.isEmpty()) {
                byImage.add(ofImage);
            }
        }
        List<Copy> wanted = byImage.stream().flatMap(List::stream).toList();
        List<PreparedImage> made;
        try {
            made = byImage.parallelStream().map(ofImage -> copies(copies, ofImage)).flatMap(List::stream).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Map<String, Responsive> responsive = new LinkedHashMap<>();
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (Map.Entry<String, PreparedImage> figure : figures.entrySet()) {
            String href = figure.getKey();
            PreparedImage image = figure.getValue();
            if (!raster(image)) {
                files.put(href, image.data());
                continue;
            }
            List<Candidate> candidates = new ArrayList<>();
            PreparedImage largest = image;
            String src = href;
            for (int i = 0; i < wanted.size(); i++) {
                if (wanted.get(i).href().equals(href)) {
                    PreparedImage copy = made.get(i);
                    files.put(wanted.get(i).name(), copy.data());
                    candidates.add(new Candidate(wanted.get(i).name(), copy.width()));
                    largest = copy;
                    src = wanted.get(i).name();
                }
            }
            if (image.width() <= LARGEST) {
                files.put(href, image.data());
                candidates.add(new Candidate(href, image.width()));
                largest = image;
                src = href;
            }
            responsive.put(href, new Responsive(src, largest.width(), largest.height(), List.copyOf(candidates)));
        }
        return new WebImages(responsive, files);
    }

    /** The image at {@code href} in the book with its copies, or null (an SVG, or not a figure's image). */
    Responsive responsive(String href) {
        return responsive.get(href);
    }

    /** Every file, by href in the web edition, the images in the book's order with their copies. */
    Map<String, byte[]> files() {
        return files;
    }

    private record Copy(String href, PreparedImage image, int width, String name) {
    }

    /** The copies of one image, {@code ofImage} being the copies wanted of it, in that order. */
    private static List<PreparedImage> copies(ScaledCopies copies, List<Copy> ofImage) {
        Copy first = ofImage.get(0);
        try {
            return copies.copies(first.image(), ofImage.stream().map(Copy::width).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(first.href() + ": " + e.getMessage(), e);
        }
    }

    private static boolean raster(PreparedImage image) {
        return image.mediaType().equals(ImageFormat.JPEG.mediaType()) || image.mediaType().equals(ImageFormat.PNG.mediaType());
    }

    /** {@code images/photo.jpg} → {@code images/photo.480w.jpg}, or another name when the book has an image so named. */
    private static String copyName(String href, int width, Set<String> taken) {
        int dot = href.lastIndexOf('.');
        int slash = href.lastIndexOf('/');
        String base = dot > slash ? href.substring(0, dot) : href;
        String extension = dot > slash ? href.substring(dot) : "";
        String name = base + "." + width + "w" + extension;
        for (int n = 2; taken.contains(name); n++) {
            name = base + "." + width + "w-" + n + extension;
        }
        taken.add(name);
        return name;
    }
}
