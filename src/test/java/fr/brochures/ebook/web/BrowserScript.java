package fr.brochures.ebook.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Assumptions;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The browser checks of {@code src/test/browser/} (a node script driving Chromium through playwright-core, with
 * axe-core), installed into {@code target/browser-tests/} with {@code npm ci} from the committed lock file and run on a
 * built site. Without node and npm the tests that need them are skipped with a message saying how to install them;
 * with npm, an install that fails fails the tests: CI must not pass by skipping them.
 */
final class BrowserScript {

    static final Path SOURCES = Path.of("src", "test", "browser");
    private static final String SCRIPT = "check-web-edition.mjs";
    private static final List<String> FILES = List.of("package.json", "package-lock.json", SCRIPT);
    private static final long INSTALL_MINUTES = 5;
    private static final long RUN_MINUTES = 4;
    /** Jackson: on the class path with EPUBCheck, as preview.DevTools uses it. */
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path node;
    private final Path folder;

    private BrowserScript(Path node, Path folder) {
        this.node = node;
        this.folder = folder;
    }

    /** The script installed under {@code target}, with its packages; skips the calling test when node or npm is missing. */
    static BrowserScript require(Path target) throws IOException, InterruptedException {
        Optional<Path> node = onPath("node");
        Optional<Path> npm = onPath("npm");
        if (node.isEmpty() || npm.isEmpty()) {
            String why = "node and npm are not installed: install them (Debian: apt-get install nodejs npm; or from "
                    + "nodejs.org, version 20 or later) to run the browser checks of the web edition (" + SOURCES + ")";
            // said on the console too: a class skipped in @BeforeAll shows in Failsafe's summary as 0 tests, without it
            System.err.println("Skipped: " + why);
            Assumptions.abort(why);
        }
        Path folder = target.resolve("browser-tests").toAbsolutePath();
        Files.createDirectories(folder);
        for (String name : FILES) {
            Files.copy(SOURCES.resolve(name), folder.resolve(name), StandardCopyOption.REPLACE_EXISTING);
        }
        // written once npm ci has succeeded, inside node_modules/, which npm ci empties first: a copy of the lock file
        // it installed, so that the next run installs again only when the lock file changed
        Path installedLock = folder.resolve("node_modules").resolve(".installed-package-lock.json");
        if (!sameBytes(folder.resolve("package-lock.json"), installedLock)) {
            // npm ci installs exactly what the lock file pins; PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD for good measure:
            // playwright-core downloads no browser, the tests drive the system's Chromium
            run(List.of(npm.get().toString(), "ci", "--no-audit", "--no-fund"), folder, folder.resolve("npm-ci.log"), INSTALL_MINUTES,
                    "npm ci in " + folder + " failed (the packages of " + SOURCES.resolve("package-lock.json") + ")");
            Files.copy(folder.resolve("package-lock.json"), installedLock, StandardCopyOption.REPLACE_EXISTING);
        }
        return new BrowserScript(node.get(), folder);
    }

    /** Runs the checks on the site in {@code site} with {@code chromium}, screenshots into {@code screenshots}: what they saw. */
    JsonNode check(Path site, Path chromium, Path screenshots) throws IOException, InterruptedException {
        Path out = folder.resolve("results.json");
        Files.deleteIfExists(out);
        run(List.of(node.toString(), SCRIPT, site.toAbsolutePath().toString(), chromium.toString(), out.toString(),
                screenshots.toAbsolutePath().toString()), folder, folder.resolve("check.log"), RUN_MINUTES, "the browser checks failed");
        return JSON.readTree(out.toFile());
    }

    private static void run(List<String> command, Path dir, Path log, long minutes, String failure)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        builder.environment().put("npm_config_update_notifier", "false");
        Process process = builder.start();
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(failure + ": still running after " + minutes + " minutes\n" + tail(log));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(failure + " (exit " + process.exitValue() + "):\n" + tail(log));
        }
    }

    private static Optional<Path> onPath(String program) {
        List<String> names = new ArrayList<>(List.of(program));
        if (File.separatorChar == '\\') {
            names.add(0, program + ".cmd");
            names.add(0, program + ".exe");
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        return Stream.of(path.split(File.pathSeparator))
                .flatMap(dir -> names.stream().map(name -> Path.of(dir.isEmpty() ? "." : dir, name)))
                .filter(Files::isExecutable)
                .findFirst();
    }

    private static boolean sameBytes(Path a, Path b) throws IOException {
        return Files.isRegularFile(b) && Files.mismatch(a, b) == -1;
    }

    private static String tail(Path log) throws IOException {
        String text = Files.readString(log, StandardCharsets.UTF_8);
        return text.length() <= 4000 ? text : text.substring(text.length() - 4000);
    }
}
