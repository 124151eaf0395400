package fr.brochures.ebook.images;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.color.CMMException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.awt.Transparency;

/**
 * Brings decoded pixels to plain sRGB (8-bit RGB or ARGB), or to plain 8-bit grey for grey images without a profile:
 * the only colours every e-reader shows right once the file carries no profile. Palette images are kept as they are
 * (their colours are sRGB already, and a palette PNG is much lighter).
 */
final class SrgbConverter {

    private static final ColorSpace GRAY = ColorSpace.getInstance(ColorSpace.CS_GRAY);

    private SrgbConverter() {
    }

    /** The pixels in sRGB; {@code pngProfile} is the ICC profile of a PNG's iCCP chunk, or null. */
    static BufferedImage convert(BufferedImage image, byte[] pngProfile) {
        if (pngProfile != null) {
            BufferedImage converted = applyProfile(image, pngProfile);
            if (converted != null) {
                return converted;
            }
        }
        ColorSpace space = image.getColorModel().getColorSpace();
        boolean alpha = image.getColorModel().hasAlpha();
        if (space == GRAY && !alpha) {
            return toByteGray(image);
        }
        if (space != GRAY && !space.isCS_sRGB()) {
            // CMYK, YCCK left as is by a reader, an embedded RGB or grey profile: a colour-managed conversion
            BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            return new ColorConvertOp(null).filter(image, out);
        }
        // 3-byte BGR is what the JPEG decoder gives: kept as it is, since scaling and the JPEG writer work on it as
        // fast as on int pixels, and a copy of a 3000 × 2000 photograph costs more than its scaling (BENCHMARKS.md)
        if (image.getColorModel() instanceof IndexColorModel || image.getType() == BufferedImage.TYPE_3BYTE_BGR
                || image.getType() == BufferedImage.TYPE_INT_RGB || image.getType() == BufferedImage.TYPE_INT_ARGB) {
            return image;
        }
        // 16-bit or grey-with-alpha: Java2D treats grey as sRGB-equal channels, which is what PNG means by grey
        return copy(image, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB, null);
    }

    /** The image redrawn into a standard type; {@code background} fills transparent parts when not null. */
    static BufferedImage copy(BufferedImage image, int type, Color background) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = out.createGraphics();
        try {
            if (background != null) {
                g.setColor(background);
                g.fillRect(0, 0, image.getWidth(), image.getHeight());
            } else {
                g.setComposite(AlphaComposite.Src);
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /**
     * A PNG's pixel values are in the space of its iCCP profile, but ImageIO labels them sRGB: relabel them with the
     * profile and convert. Null when the profile is unusable or does not fit the image (the pixels are then taken as sRGB).
     */
    private static BufferedImage applyProfile(BufferedImage image, byte[] profileData) {
        try {
            ICC_ColorSpace space = new ICC_ColorSpace(ICC_Profile.getInstance(profileData));
            boolean alpha = image.getColorModel().hasAlpha();
            BufferedImage raw;
            if (space.getType() == ColorSpace.TYPE_RGB) {
                raw = copy(image, alpha ? BufferedImage.TYPE_4BYTE_ABGR : BufferedImage.TYPE_3BYTE_BGR, null);
            } else if (space.getType() == ColorSpace.TYPE_GRAY && !alpha && image.getColorModel().getColorSpace() == GRAY) {
                raw = toByteGray(image);
            } else {
                return null;
            }
            ComponentColorModel model = new ComponentColorModel(space, alpha, false,
                    alpha ? Transparency.TRANSLUCENT : Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
            BufferedImage tagged = new BufferedImage(model, raw.getRaster(), false, null);
            BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            return new ColorConvertOp(null).filter(tagged, out);
        } catch (IllegalArgumentException | CMMException e) {
            return null;
        }
    }

    /** Any 1-band grey image as 8-bit grey, samples rescaled by their depth (never through a colour conversion). */
    private static BufferedImage toByteGray(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) {
            return image;
        }
        Raster in = image.getRaster();
        int bits = in.getSampleModel().getSampleSize(0);
        int max = (1 << bits) - 1;
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = out.getRaster();
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            in.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                row[x] = (row[x] * 255 + max / 2) / max;
            }
            raster.setSamples(0, y, row.length, 1, 0, row);
        }
        return out;
    }
}
