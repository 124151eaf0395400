package fr.brochures.ebook.images;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** Turns and mirrors pixels as an EXIF orientation asks, so that the picture stays upright once the tag is gone. */
final class Orientation {

    private Orientation() {
    }

    /**
     * The upright image. Pixels are moved one by one, exactly (no resampling), in the image's own colour model, so a
     * palette or grey image stays one. Orientations 5–8 swap width and height.
     */
    static BufferedImage apply(BufferedImage image, int orientation) {
        if (orientation < 2 || orientation > 8) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        boolean swap = orientation >= 5;
        Raster in = image.getRaster();
        WritableRaster out = in.createCompatibleWritableRaster(swap ? h : w, swap ? w : h);
        Object pixel = null;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixel = in.getDataElements(x, y, pixel);
                switch (orientation) {
                    case 2 -> out.setDataElements(w - 1 - x, y, pixel);          // mirrored left-right
                    case 3 -> out.setDataElements(w - 1 - x, h - 1 - y, pixel);  // upside down
                    case 4 -> out.setDataElements(x, h - 1 - y, pixel);          // mirrored top-bottom
                    case 5 -> out.setDataElements(y, x, pixel);                  // transposed
                    case 6 -> out.setDataElements(h - 1 - y, x, pixel);          // needs a quarter turn clockwise
                    case 7 -> out.setDataElements(h - 1 - y, w - 1 - x, pixel);  // transversed
                    default -> out.setDataElements(y, w - 1 - x, pixel);         // 8: a quarter turn anticlockwise
                }
            }
        }
        return new BufferedImage(image.getColorModel(), out, image.isAlphaPremultiplied(), null);
    }
}
