package fr.brochures.ebook.site;

import org.junit.jupiter.api.Assumptions;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Debian's Chromium, run headless to look at a page as readers' browsers show it (the download page, the web edition). When it is missing and the tests run
 * as root on Debian (a CI container), it is installed with apt-get; otherwise the tests that need it are skipped with a
 * message saying how to install it.
 */
public final class Chromium {

    private static final String[] NAMES = {"chromium", "chromium-browser", "google-chrome"};
    private static final long INSTALL_MINUTES = 15;
    private static final long RUN_SECONDS = 90;

    private final Path executable;

    private Chromium(Path executable) {
        this.executable = executable;
    }

    /** The browser, installed first when it can be; skips the calling test when it cannot be had. */
    public static Chromium require() {
        Optional<Path> found = find();
        if (found.isEmpty() && canInstall()) {
            install();
            found = find();
        }
        Assumptions.assumeTrue(found.isPresent(), "Chromium is not installed and cannot be installed here (not root, or no apt-get): "
                + "install it (Debian: apt-get install chromium) to run the browser tests of the download page.");
        return new Chromium(found.get());
    }

    /** The browser's program, for tests that drive it themselves (the live preview's, through the DevTools protocol). */
    public Path executable() {
        return executable;
    }

    private static Optional<Path> find() {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : NAMES) {
            for (String dir : (path + File.pathSeparator + "/usr/bin").split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean canInstall() {
        return "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
    }

    private static void install() {
        System.err.println("Chromium is missing: installing it with apt-get (Debian's chromium package), once.");
        for (List<String> command : List.of(List.of("apt-get", "update"),
                List.of("apt-get", "install", "-y", "--no-install-recommends", "chromium"))) {
            try {
                ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
                builder.environment().put("DEBIAN_FRONTEND", "noninteractive");
                Process process = builder.start();
                if (!process.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES)) {
                    process.destroyForcibly();
                    return;
                }
                if (process.exitValue() != 0) {
                    return;
                }
            } catch (IOException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** What one headless run gave: the screenshot and the browser's log. */
    public record Shot(BufferedImage image, String log) {
    }

    /**
     * Opens {@code page} in a fresh profile with a window of {@code width}×{@code height} CSS pixels (device scale 1),
     * with no network service of its own (no sync, no updates, no background requests), and takes a screenshot.
     */
    public Shot screenshot(Path page, int width, int height, Path workDir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(workDir, "chromium-profile");
        Path png = workDir.resolve("shot-" + width + "x" + height + ".png");
        Path log = workDir.resolve("chromium-" + width + "x" + height + ".log");
        List<String> command = new ArrayList<>(List.of(executable.toString(),
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-default-apps", "--disable-extensions", "--no-first-run", "--no-default-browser-check",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--enable-logging=stderr", "--v=1",
                "--user-data-dir=" + profile, "--window-size=" + width + "," + height, "--screenshot=" + png,
                page.toUri().toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!process.waitFor(RUN_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("Chromium did not finish in " + RUN_SECONDS + " s");
            }
        } finally {
            deleteTree(profile);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        if (process.exitValue() != 0 || !Files.isRegularFile(png)) {
            throw new AssertionError("Chromium failed (exit " + process.exitValue() + "):\n" + tail(output));
        }
        return new Shot(ImageIO.read(png.toFile()), output);
    }

    private static String tail(String text) {
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
