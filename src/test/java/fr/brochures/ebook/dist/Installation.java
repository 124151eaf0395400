package fr.brochures.ebook.dist;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The archives {@code mvn package} makes, unpacked and run as someone who downloads them would: what the distribution's
 * integration tests share.
 */
final class Installation {

    static final Path TARGET = Path.of(System.getProperty("ebook-builder.target", "target")).toAbsolutePath();
    static final String VERSION = System.getProperty("ebook-builder.version", "0.1.0-SNAPSHOT");
    static final String ROOT = "ebook-builder-" + VERSION;
    /** The Java running the tests (17): the one the launcher finds through JAVA_HOME or the PATH. */
    static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));
    /** The tools the launcher uses besides java, linked one by one into a folder: a PATH that holds no java. */
    private static final List<String> TOOLS = List.of("dirname", "readlink", "ls", "cksum", "cut", "tr", "mkdir", "mv", "rm",
            "sed", "cat");
    private static final Pattern SECONDS = Pattern.compile(", \\d+(\\.\\d+)? s$", Pattern.MULTILINE);

    private Installation() {
    }

    /** {@code target/ebook-builder-VERSION-CLASSIFIER.EXT}, which must exist. */
    static Path archive(String classifier, String extension) {
        Path archive = TARGET.resolve(ROOT + "-" + classifier + "." + extension);
        assertTrue(Files.isRegularFile(archive), "run `mvn verify`: package makes " + archive);
        return archive;
    }

    /** Unpacks a zip into {@code into} (over what is there); returns the tool's folder in it. */
    static Path unzip(Path zip, Path into) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
        return into.resolve(ROOT);
    }

    /** Unpacks a tar.gz with tar, which keeps the files' modes (the runtime's bin/java); returns the tool's folder. */
    static Path untar(Path tarGz, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        Run run = run(Map.of("PATH", "/usr/bin:/bin"), into, "tar", "-xzf", tarGz.toString());
        assertTrue(run.exit() == 0, run.output());
        return into.resolve(ROOT);
    }

    /** A folder holding links to the tools the launcher needs, and no java: the whole PATH of a machine without Java. */
    static Path pathWithoutJava(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String tool : TOOLS) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(folder.resolve(tool), real);
        }
        return folder;
    }

    /** Copies the brochure's sources (book, styles, covers), so that its build writes nothing in the repository. */
    static Path brochureCopy(Path copy) throws IOException {
        for (String part : List.of("book", "styles", "covers")) {
            Path source = Path.of(part).toAbsolutePath();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                    Path target = copy.resolve(part).resolve(source.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target);
                    }
                }
            }
        }
        return copy;
    }

    /** Runs a command with exactly this environment; returns its exit code and output (standard output, then error). */
    static Run run(Map<String, String> environment, Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("did not finish: " + String.join(" ", command));
        }
        Run run = new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return run;
    }

    /** Waits up to a minute for a file that a process in the background is making. */
    static boolean awaitFile(Path folder, String suffix) throws IOException, InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    if (files.anyMatch(f -> f.getFileName().toString().endsWith(suffix))) {
                        return true;
                    }
                }
            }
            Thread.sleep(100);
        }
        return false;
    }

    /** The names of the files in a folder, sorted (none when it does not exist). */
    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return new ArrayList<>(files.map(f -> f.getFileName().toString()).sorted().toList());
        }
    }

    /** A command's exit code, standard output and standard error. */
    record Run(int exit, String stdout, String stderr) {

        String output() {
            return stdout + stderr;
        }

        /** The output with the build's duration in the summary line left out: what two runs of one build share. */
        String withoutSeconds() {
            return SECONDS.matcher(output()).replaceAll(", _ s");
        }

        /** The SHA-256 the build printed. */
        String sha256() {
            return stdout.lines().filter(l -> l.startsWith("SHA-256 ")).map(l -> l.substring("SHA-256 ".length()))
                    .findFirst().orElseThrow(() -> new AssertionError("no SHA-256 in: " + output()));
        }
    }
}
