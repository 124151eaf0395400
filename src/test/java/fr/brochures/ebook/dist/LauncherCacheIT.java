package fr.brochures.ebook.dist;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.dist.Installation.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The launcher's class-data archive never changes what a build does: with a cache folder it cannot write, or an archive
 * in its place that another Java made (or that is not an archive at all), the build prints the same messages and writes
 * the same book as a build without any archive, with no error.
 */
class LauncherCacheIT {

    /** Temurin 25, when this machine has it: an AOT cache where the Java 17 launcher expects a dynamic archive. */
    private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @TempDir
    static Path work;
    static Path tool;
    static Path book;
    static Run reference;

    @BeforeAll
    static void referenceBuildWithoutArchive() throws Exception {
        // unpacked where the path has no space: Java 17 archives no class of a jar whose path holds one
        tool = Installation.unzip(Installation.archive("dist", "zip"), work.resolve("outil"));
        book = TestBooks.book("notes-and-figure");
        Map<String, String> environment = environment(work.resolve("sans-cache"), Installation.JAVA_HOME);
        environment.put("EBOOK_BUILDER_CDS", "off");
        reference = build(environment, "reference");
        assertEquals(0, reference.exit(), reference.output());
    }

    private static Map<String, String> environment(Path cache, Path javaHome) {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("PATH", "/usr/bin:/bin");
        environment.put("HOME", work.toString());
        environment.put("LANG", "C.UTF-8");
        environment.put("XDG_CACHE_HOME", cache.toString());
        environment.put("JAVA_HOME", javaHome.toString());
        return environment;
    }

    /** Builds the book into {@code out/NAME.epub} and checks it is the reference's, byte for byte, with its messages. */
    private static Run build(Map<String, String> environment, String name) throws Exception {
        Path out = work.resolve("out").resolve(name + ".epub");
        Files.createDirectories(out.getParent());
        Run run = Installation.run(environment, work, "/bin/sh", tool.resolve("bin/ebook-builder").toString(), "build",
                book.toString(), "-o", out.toString(), "--no-site");
        if (reference != null) {
            assertEquals(reference.withoutSeconds().replace("reference.", name + "."), run.withoutSeconds(), name + ": the same messages");
            assertEquals(-1, Files.mismatch(work.resolve("out/reference.epub"), out), name + ": the same book");
        }
        return run;
    }

    @Test
    void aCacheFolderThatCannotBeWrittenIsSkippedSilently() throws Exception {
        Path readOnly = Files.createDirectories(work.resolve("lecture-seule"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        boolean enforced = !Files.isWritable(readOnly); // root writes anywhere: there, /dev/null stands for such a folder
        Path cache = enforced ? readOnly : Path.of("/dev/null/cache");
        for (String name : List.of("lecture-seule-1", "lecture-seule-2")) {
            Run run = build(environment(cache, Installation.JAVA_HOME), name);
            assertEquals(0, run.exit(), run.output());
        }
        assertEquals(List.of(), Installation.names(readOnly));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void anArchiveMadeByAnotherJavaOrDamagedIsSkippedSilently() throws Exception {
        Path cache = work.resolve("cache-17");
        Path cds = cache.resolve("ebook-builder/cds");
        Run first = build(environment(cache, Installation.JAVA_HOME), "java17-first");
        assertEquals(0, first.exit(), first.output());
        List<String> archives = Installation.names(cds);
        assertEquals(1, archives.size(), archives::toString);
        String name = archives.get(0);
        assertTrue(name.startsWith(Installation.VERSION + "-java-" + Runtime.version().feature()) && name.endsWith(".jsa"),
                "named after the tool's and Java's versions: " + name);
        Path archive = cds.resolve(name);
        Path real = Files.copy(archive, work.resolve("java17.jsa"));

        // not an archive at all
        Files.write(archive, new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        assertEquals(0, build(environment(cache, Installation.JAVA_HOME), "abime").exit());

        assumeTrue(Files.isExecutable(JAVA_25.resolve("bin/java")), "Temurin 25 is not installed: no archive of another Java to try");
        // Java 25 makes its AOT cache under a name of its own, in the background after its first build
        Path cache25 = work.resolve("cache-25");
        Run java25 = build(environment(cache25, JAVA_25), "java25-first");
        assertEquals(0, java25.exit(), java25.output());
        Path cds25 = cache25.resolve("ebook-builder/cds");
        assertTrue(Installation.awaitFile(cds25, ".aot"), "AOT cache made: " + Installation.names(cds25));
        String aot = Installation.names(cds25).stream().filter(n -> n.endsWith(".aot")).findFirst().orElseThrow();
        assertTrue(aot.contains("-java-25"), aot);
        assertEquals(0, build(environment(cache25, JAVA_25), "java25-second").exit());

        // each Java given the other's archive under its own name
        Files.copy(cds25.resolve(aot), archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, build(environment(cache, Installation.JAVA_HOME), "java17-given-25").exit());
        Files.copy(real, cds25.resolve(aot), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertEquals(0, build(environment(cache25, JAVA_25), "java25-given-17").exit());
        assertFalse(Installation.names(cds25).stream().anyMatch(n -> n.endsWith(".tmp")), "no temporary file left");
    }
}
