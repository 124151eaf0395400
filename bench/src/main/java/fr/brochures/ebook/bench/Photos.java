package fr.brochures.ebook.bench;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Generated "photographs": smooth colour fields, a few hard-edged shapes and per-pixel noise (±10 per channel), as a
 * camera's JPEG at quality 90, so that they weigh what real photographs weigh (about 2 MB for 6 megapixels) instead of
 * compressing to nothing. The same number always gives the same bytes; files already made are kept.
 */
public final class Photos {

    private Photos() {
    }

    /** The file name of photograph {@code n} (from 1). */
    public static String fileName(int n) {
        return String.format("photo-%03d.jpg", n);
    }

    /** Makes photographs 1..count in {@code dir} that are not there yet, on all cores. */
    public static void ensure(Path dir, int count, int width, int height) throws IOException {
        Files.createDirectories(dir);
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                Path file = dir.resolve(fileName(n));
                if (Files.isRegularFile(file)) {
                    continue;
                }
                int number = n;
                jobs.add(pool.submit(() -> {
                    try {
                        write(file, make(number, width, height));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (Exception e) {
            throw new IOException("could not make the photographs: " + e, e);
        } finally {
            pool.shutdown();
        }
    }

    static BufferedImage make(int number, int width, int height) {
        SplittableRandom random = new SplittableRandom(0x5eed_0000L + number);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double[] f = new double[9];
        for (int i = 0; i < f.length; i++) {
            f[i] = random.nextDouble(0.5, 4.0) * Math.PI / width;
        }
        int shapes = 6;
        int[][] rects = new int[shapes][];
        for (int s = 0; s < shapes; s++) {
            int w = random.nextInt(width / 10, width / 3);
            int h = random.nextInt(height / 10, height / 3);
            rects[s] = new int[]{random.nextInt(width - w), random.nextInt(height - h), w, h, random.nextInt(0x1000000)};
        }
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = (int) (128 + 80 * Math.sin(x * f[0] + y * f[1]) + 30 * Math.sin(x * f[2] - y * f[3]));
                int g = (int) (120 + 70 * Math.sin(x * f[4] + y * f[5] + 1) + 30 * Math.cos(y * f[6]));
                int b = (int) (110 + 70 * Math.cos(x * f[7] - y * f[8]) + 20 * Math.sin(x * f[1]));
                for (int[] rect : rects) {
                    if (x >= rect[0] && y >= rect[1] && x < rect[0] + rect[2] && y < rect[1] + rect[3]) {
                        r = (r + (rect[4] >> 16 & 0xff)) / 2;
                        g = (g + (rect[4] >> 8 & 0xff)) / 2;
                        b = (b + (rect[4] & 0xff)) / 2;
                    }
                }
                r = clamp(r + random.nextInt(-10, 11));
                g = clamp(g + random.nextInt(-10, 11));
                b = clamp(b + random.nextInt(-10, 11));
                pixels[y * width + x] = r << 16 | g << 8 | b;
            }
        }
        return image;
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(255, v);
    }

    private static void write(Path file, BufferedImage image) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        ImageWriter writer = null;
        while (writers.hasNext()) {
            ImageWriter candidate = writers.next();
            if (writer == null || candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                writer = candidate;
            }
        }
        if (writer == null) {
            throw new IOException("no JPEG writer");
        }
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(0.9f);
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream file0 = Files.newOutputStream(temporary); ImageOutputStream out = new MemoryCacheImageOutputStream(file0)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
    }
}
