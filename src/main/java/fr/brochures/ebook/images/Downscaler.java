package fr.brochures.ebook.images;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scales an image down so that its longer edge is at most a given size, never up: bilinear steps of at most a half
 * each ("progressive bilinear"). Halves it while it is more than twice too large, then makes one last step to the
 * exact size. At a factor of 2 bilinear filtering averages each 2×2 block exactly, and a smaller step still weighs
 * every source pixel, so no detail is skipped and aliases into moiré as one big nearest-neighbour or bilinear step
 * would. A bicubic last step is a little crisper but takes three times as long on a photograph (BENCHMARKS.md).
 */
final class Downscaler {

    private Downscaler() {
    }

    /** The image itself when it already fits. */
    static BufferedImage fit(BufferedImage image, int maxEdge) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (Math.max(w, h) <= maxEdge) {
            return image;
        }
        int targetW = w >= h ? maxEdge : Math.max(1, (int) Math.round((double) w * maxEdge / h));
        int targetH = h > w ? maxEdge : Math.max(1, (int) Math.round((double) h * maxEdge / w));
        return scale(image, targetW, targetH);
    }

    /** The image scaled down to {@code maxWidth} pixels wide, its height in proportion; itself when it fits already. */
    static BufferedImage fitWidth(BufferedImage image, int maxWidth) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (w <= maxWidth) {
            return image;
        }
        return scale(image, maxWidth, Math.max(1, (int) Math.round((double) h * maxWidth / w)));
    }

    /**
     * The image scaled down to each of {@code maxWidths} as {@link #fitWidth} does it, in that order, with the halvings
     * they share made once (a 1600-pixel photograph's copies 800 and 480 pixels wide both start by halving it).
     */
    static List<BufferedImage> fitWidths(BufferedImage image, List<Integer> maxWidths) {
        Map<Integer, BufferedImage> halvings = new HashMap<>();
        List<BufferedImage> scaled = new ArrayList<>(maxWidths.size());
        for (int maxWidth : maxWidths) {
            int w = image.getWidth();
            scaled.add(w <= maxWidth ? image
                    : scale(image, maxWidth, Math.max(1, (int) Math.round((double) image.getHeight() * maxWidth / w)), halvings));
        }
        return scaled;
    }

    private static BufferedImage scale(BufferedImage image, int targetW, int targetH) {
        return scale(image, targetW, targetH, new HashMap<>());
    }

    /**
     * Halves while more than twice too large, then one last step to {@code targetW} × {@code targetH}; each halving of
     * this image is kept in {@code halvings} by its width, and taken from there when it was made before.
     */
    private static BufferedImage scale(BufferedImage image, int targetW, int targetH, Map<Integer, BufferedImage> halvings) {
        BufferedImage current = halvings.computeIfAbsent(image.getWidth(), w -> scalable(image));
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            BufferedImage larger = current;
            current = halvings.computeIfAbsent(larger.getWidth() / 2,
                    w -> resize(larger, larger.getWidth() / 2, larger.getHeight() / 2, RenderingHints.VALUE_INTERPOLATION_BILINEAR));
        }
        if (current.getWidth() != targetW || current.getHeight() != targetH) {
            current = resize(current, targetW, targetH, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return current;
    }

    /** Grey, RGB and ARGB scale in their own type; a palette cannot hold blended colours, so it becomes (A)RGB. */
    private static BufferedImage scalable(BufferedImage image) {
        int type = image.getType();
        if (type == BufferedImage.TYPE_BYTE_GRAY || type == BufferedImage.TYPE_3BYTE_BGR || type == BufferedImage.TYPE_INT_RGB
                || type == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        return SrgbConverter.copy(image, image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB, null);
    }

    private static BufferedImage resize(BufferedImage image, int w, int h, Object interpolation) {
        BufferedImage out = new BufferedImage(w, h, image.getType());
        Graphics2D g = out.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
