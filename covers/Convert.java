// Convert.java — tiny image tool for the cover, run as a single-file program
// (Java 11+, no dependency, no ImageMagick needed):
//
//   java Convert.java jpeg  in.png out.jpg [quality]   PNG -> baseline JPEG (default quality 0.85)
//   java Convert.java thumb in.img out.png width       scaled copy, for checking thumbnail legibility
//   java Convert.java gray  in.img out.png [width]     luminance-only copy (as on e-ink), optionally scaled
//   java Convert.java crop  in.img out.png x y w h      a region at 100 %, to inspect details
//   java Convert.java info  in.img                     prints width, height and image type
//
// The JPEG is written from a TYPE_INT_RGB copy (no alpha), with no metadata
// object passed to the writer, so the file holds only the default JFIF APP0
// segment: no EXIF, no ICC profile, no comment. Baseline (non-progressive)
// is ImageIO's default.
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Image;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

public class Convert {
    public static void main(String[] args) throws IOException {
        if (args.length < 2) usage();
        BufferedImage in = ImageIO.read(new File(args[1]));
        if (in == null) fail("cannot read image " + args[1]);
        switch (args[0]) {
            case "jpeg": {
                if (args.length < 3) usage();
                float q = args.length > 3 ? Float.parseFloat(args[3]) : 0.85f;
                writeJpeg(toRgb(in), new File(args[2]), q);
                break;
            }
            case "thumb": {
                if (args.length < 4) usage();
                ImageIO.write(scale(toRgb(in), Integer.parseInt(args[3])), "png", new File(args[2]));
                break;
            }
            case "gray": {
                if (args.length < 3) usage();
                BufferedImage g = gray(toRgb(in));
                if (args.length > 3) g = scale(g, Integer.parseInt(args[3]));
                ImageIO.write(g, "png", new File(args[2]));
                break;
            }
            case "crop": {
                if (args.length < 7) usage();
                int x = Integer.parseInt(args[3]), y = Integer.parseInt(args[4]);
                int w = Integer.parseInt(args[5]), h = Integer.parseInt(args[6]);
                ImageIO.write(toRgb(in.getSubimage(x, y, w, h)), "png", new File(args[2]));
                break;
            }
            case "info":
                System.out.println(in.getWidth() + "x" + in.getHeight() + " type=" + in.getType());
                break;
            default:
                usage();
        }
    }

    static BufferedImage toRgb(BufferedImage src) {
        BufferedImage rgb = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        g.setColor(Color.WHITE); // flatten any transparency onto white
        g.fillRect(0, 0, src.getWidth(), src.getHeight());
        g.drawImage(src, 0, 0, null);
        g.dispose();
        return rgb;
    }

    static void writeJpeg(BufferedImage img, File out, float quality) throws IOException {
        Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg");
        if (!it.hasNext()) fail("no JPEG writer in this JDK");
        ImageWriter w = it.next();
        ImageWriteParam p = w.getDefaultWriteParam();
        p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        p.setCompressionQuality(quality);
        p.setProgressiveMode(ImageWriteParam.MODE_DISABLED); // baseline
        out.delete();
        try (ImageOutputStream os = ImageIO.createImageOutputStream(out)) {
            w.setOutput(os);
            w.write(null, new IIOImage(img, null, null), p); // null metadata: JFIF only
        } finally {
            w.dispose();
        }
    }

    static BufferedImage scale(BufferedImage src, int width) {
        int height = Math.max(1, Math.round(src.getHeight() * (float) width / src.getWidth()));
        Image s = src.getScaledInstance(width, height, Image.SCALE_AREA_AVERAGING);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.drawImage(s, 0, 0, null);
        g.dispose();
        return out;
    }

    // Rec. 709 luma on the sRGB values, close to what an e-ink reader shows.
    static BufferedImage gray(BufferedImage src) {
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < src.getHeight(); y++) {
            for (int x = 0; x < src.getWidth(); x++) {
                int c = src.getRGB(x, y);
                int r = (c >> 16) & 255, gr = (c >> 8) & 255, b = c & 255;
                int l = Math.round(0.2126f * r + 0.7152f * gr + 0.0722f * b);
                out.setRGB(x, y, (l << 16) | (l << 8) | l);
            }
        }
        return out;
    }

    static void usage() {
        fail("usage: java Convert.java jpeg in.png out.jpg [quality] | thumb in out.png width"
                + " | gray in out.png [width] | crop in out.png x y w h | info in");
    }

    static void fail(String msg) {
        System.err.println(msg);
        System.exit(2);
    }
}
