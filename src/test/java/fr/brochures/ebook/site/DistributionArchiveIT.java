package fr.brochures.ebook.site;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.site.ArchiveEntries.TarEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The distribution archives {@code mvn package} makes (target/ebook-builder-VERSION-dist.zip and .tar.gz), unpacked and
 * used as someone who downloads the tool would: the launcher, run with only Java on the PATH, builds the same EPUB as
 * the builder run in-process. Run by Failsafe after {@code package} ({@code mvn verify}).
 */
class DistributionArchiveIT {

    private static final Path TARGET = Path.of(System.getProperty("ebook-builder.target", "target"));
    private static final String VERSION = System.getProperty("ebook-builder.version", "0.1.0-SNAPSHOT");
    private static final String ROOT = "ebook-builder-" + VERSION + "/";
    private static final Set<String> FILES = Set.of("bin/ebook-builder", "bin/ebook-builder.cmd", "lib/ebook-builder.jar",
            "lib/version.txt", "README.md", "CHANGELOG.md", "LICENSE");
    private static final Path JAVA_BIN = Path.of(System.getProperty("java.home"), "bin");

    @TempDir
    static Path work;
    static Path zip;
    static Path tarGz;
    static Path unpacked;

    @BeforeAll
    static void unpackTheZip() throws IOException {
        zip = TARGET.resolve("ebook-builder-" + VERSION + "-dist.zip");
        tarGz = TARGET.resolve("ebook-builder-" + VERSION + "-dist.tar.gz");
        assertTrue(Files.isRegularFile(zip) && Files.isRegularFile(tarGz), "run `mvn verify`: package makes " + zip + " and " + tarGz);
        Path into = work.resolve("un dossier avec des espaces");
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().toList()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(into), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else {
                    Files.createDirectories(target.getParent());
                    try (InputStream in = file.getInputStream(entry)) {
                        Files.copy(in, target);
                    }
                }
            }
        }
        unpacked = into.resolve(ROOT);
    }

    /** Runs a command with exactly this environment; returns its exit code and output. */
    private static Run run(Map<String, String> environment, Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the launcher did not finish: " + String.join(" ", command));
        }
        return new Run(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Run(int exit, String output) {
    }

    private static Map<String, String> onlyJavaOnThePath() {
        return Map.of("PATH", JAVA_BIN + ":/usr/bin:/bin", "HOME", work.toString(), "LANG", "C.UTF-8");
    }

    private static Path copyOf(Path source, Path copy) throws IOException {
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else if (!source.relativize(file).startsWith("target")) {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    @Test
    void bothArchivesHoldTheLaunchersTheJarAndTheTextsUnderOneFolder() throws IOException {
        Map<String, byte[]> zipped = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (ZipEntry entry : file.stream().filter(e -> !e.isDirectory()).toList()) {
                assertTrue(entry.getName().startsWith(ROOT), entry.getName());
                try (InputStream in = file.getInputStream(entry)) {
                    zipped.put(entry.getName().substring(ROOT.length()), in.readAllBytes());
                }
            }
        }
        assertEquals(new TreeSet<>(FILES), zipped.keySet());
        Map<String, TarEntry> tarred = ArchiveEntries.readTarGz(tarGz);
        assertEquals(zipped.keySet(), tarred.keySet().stream().filter(n -> !n.endsWith("/")).map(n -> n.substring(ROOT.length()))
                .collect(Collectors.toCollection(TreeSet::new)));
        for (String name : zipped.keySet()) {
            assertArrayEquals(zipped.get(name), tarred.get(ROOT + name).content(), name + " is the same in both archives");
        }
        assertArrayEquals(Files.readAllBytes(TARGET.resolve("ebook-builder-slim.jar")), zipped.get("lib/ebook-builder.jar"));
        assertEquals(VERSION + "\n", new String(zipped.get("lib/version.txt"), StandardCharsets.UTF_8), "the launcher's key");
        assertArrayEquals(Files.readAllBytes(Path.of("LICENSE")), zipped.get("LICENSE"));
        assertTrue(new String(zipped.get("LICENSE"), StandardCharsets.US_ASCII).contains("Apache License\n                           Version 2.0, January 2004"));
    }

    @Test
    void launcherIsExecutableAndTheOtherFilesAreNot() throws IOException {
        Map<String, Integer> zipModes = ArchiveEntries.zipUnixModes(zip);
        Map<String, TarEntry> tarred = ArchiveEntries.readTarGz(tarGz);
        for (String name : FILES) {
            int expected = name.equals("bin/ebook-builder") ? 0755 : 0644;
            assertEquals(expected, zipModes.get(ROOT + name) & 0777, "zip: " + name);
            assertEquals(expected, tarred.get(ROOT + name).mode() & 0777, "tar: " + name);
        }
    }

    @Test
    void archiveEntriesHaveTheProjectsFixedTimeSoTheArchivesAreReproducible() throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            Set<FileTime> times = file.stream().map(ZipEntry::getLastModifiedTime).collect(Collectors.toSet());
            assertEquals(1, times.size(), times::toString);
        }
        Set<Long> tarTimes = ArchiveEntries.readTarGz(tarGz).values().stream().map(TarEntry::mtime).collect(Collectors.toSet());
        assertEquals(1, tarTimes.size(), tarTimes::toString);
    }

    @Test
    void launchersHaveTheirSystemsLineEndings() throws IOException {
        String sh = Files.readString(unpacked.resolve("bin/ebook-builder"));
        assertTrue(sh.startsWith("#!/bin/sh\n"));
        assertFalse(sh.contains("\r"));
        String bat = Files.readString(unpacked.resolve("bin/ebook-builder.cmd"));
        assertTrue(bat.startsWith("@echo off\r\n"));
        assertEquals(bat.split("\n", -1).length, bat.split("\r\n", -1).length, "every line ends with CR LF");
    }

    @Test
    void initThenBuildInAnEmptyFolderGivesBooksEpubCheckPasses() throws Exception {
        Path folder = Files.createDirectories(work.resolve("nouveau livre"));
        String launcher = unpacked.resolve("bin/ebook-builder").toString();
        Run init = run(onlyJavaOnThePath(), folder, "sh", launcher, "init", "--title", "Premier essai", "--language", "fr");
        assertEquals(0, init.exit(), init.output());
        Run build = run(onlyJavaOnThePath(), folder, "sh", launcher, "build");
        assertEquals(0, build.exit(), build.output());
        for (String name : List.of("premier-essai.epub", "premier-essai.kepub.epub")) {
            fr.brochures.ebook.epubcheck.EpubValidator.ValidationResult check =
                    new fr.brochures.ebook.epubcheck.EpubValidator().validate(folder.resolve("target").resolve(name));
            assertEquals(0, check.fatal() + check.errors() + check.warnings(), () -> name + ": " + check.details());
        }
        Run again = run(onlyJavaOnThePath(), folder, "sh", launcher, "init");
        assertEquals(2, again.exit(), "a folder holding a book is never written over: " + again.output());
    }

    @Test
    void launcherWithOnlyJavaOnThePathBuildsTheSameEpubAsTheBuilder() throws Exception {
        Path book = copyOf(TestBooks.book("notes-and-figure"), work.resolve("livre copie"));
        Path out = work.resolve("sorties").resolve("out.epub");
        Files.createDirectories(out.getParent());
        Run run = run(onlyJavaOnThePath(), work, "sh", unpacked.resolve("bin/ebook-builder").toString(), "build", book.toString(),
                "-o", out.toString());
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("Built "), run.output());

        Path inProcess = work.resolve("en-processus").resolve("out.epub");
        BuildResult built = TestBooks.build(TestBooks.book("notes-and-figure"), inProcess);
        assertTrue(built.written(), () -> built.report().problems().toString());
        assertEquals(-1, Files.mismatch(inProcess, out), "the same bytes as the builder run in-process");
        assertTrue(Files.isRegularFile(book.resolve("target/site/index.html")), "and the download page, by default");
    }

    @Test
    void launcherArchivesTheClassesOfItsFirstBuildForTheNextOnes() throws Exception {
        Path home = Files.createDirectories(work.resolve("maison cds"));
        Map<String, String> environment = new LinkedHashMap<>(onlyJavaOnThePath());
        environment.put("HOME", home.toString());
        Path book = copyOf(TestBooks.book("notes-and-figure"), work.resolve("livre cds"));
        // Java 17 archives no class of a jar whose path holds a space (the launcher then runs as without archive):
        // the tool is copied where its path has none
        Path tool = copyOf(unpacked, work.resolve("outil"));
        Files.setPosixFilePermissions(tool.resolve("bin/ebook-builder"), java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        String launcher = tool.resolve("bin/ebook-builder").toString();

        Run first = run(environment, work, "sh", launcher, "build", book.toString(), "-o", work.resolve("cds-1.epub").toString(), "--no-site");
        assertEquals(0, first.exit(), first.output());
        Path cds = home.resolve(".cache/ebook-builder/cds");
        List<String> archives;
        try (Stream<Path> files = Files.list(cds)) {
            archives = files.map(f -> f.getFileName().toString()).toList();
        }
        assertEquals(1, archives.size(), archives::toString);
        assertTrue(archives.get(0).matches(java.util.regex.Pattern.quote(VERSION) + "-java-[0-9A-Za-z._+-]+-\\d+\\.jsa"),
                "named after the tool's and Java's versions, moved into place, no temporary file left: " + archives);

        // the next run maps it: its classes come from the archive, and the book is the same
        environment.put("JAVA_OPTS", "-Xlog:class+load");
        Run second = run(environment, work, "sh", launcher, "build", book.toString(), "-o", work.resolve("cds-2.epub").toString(), "--no-site");
        assertEquals(0, second.exit(), second.output());
        assertTrue(second.output().contains("fr.brochures.ebook.BookBuilder source: shared objects file (top)"),
                "the builder's classes are mapped from the archive");
        assertEquals(-1, Files.mismatch(work.resolve("cds-1.epub"), work.resolve("cds-2.epub")));
    }

    @Test
    void launcherMakesNoArchiveWhenToldNotTo() throws Exception {
        Path home = Files.createDirectories(work.resolve("maison sans cds"));
        Map<String, String> environment = new LinkedHashMap<>(onlyJavaOnThePath());
        environment.put("HOME", home.toString());
        environment.put("EBOOK_BUILDER_CDS", "off");
        Path book = copyOf(TestBooks.book("notes-and-figure"), work.resolve("livre sans cds"));
        Run run = run(environment, work, "sh", unpacked.resolve("bin/ebook-builder").toString(), "build", book.toString(),
                "-o", work.resolve("sans-cds.epub").toString(), "--no-site");
        assertEquals(0, run.exit(), run.output());
        assertFalse(Files.exists(home.resolve(".cache/ebook-builder/cds")));
    }

    @Test
    void launcherFindsItsJarThroughASymbolicLinkAndUsesJavaHome() throws Exception {
        Path links = Files.createDirectories(work.resolve("liens"));
        Path link = Files.createSymbolicLink(links.resolve("ebook-builder"), unpacked.resolve("bin/ebook-builder"));
        Map<String, String> environment = new LinkedHashMap<>(Map.of("PATH", "/usr/bin:/bin", "HOME", work.toString(),
                "JAVA_HOME", JAVA_BIN.getParent().toString()));
        Run run = run(environment, links, "/bin/sh", link.toString(), "--version");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().startsWith("ebook-builder "), run.output());
    }

    @Test
    void launcherSaysWhenJavaIsMissing() throws Exception {
        Path bin = Files.createDirectories(work.resolve("sans-java"));
        for (String tool : List.of("dirname", "readlink")) {
            Path real = Stream.of("/usr/bin/", "/bin/").map(d -> Path.of(d + tool)).filter(Files::isExecutable).findFirst().orElseThrow();
            Files.createSymbolicLink(bin.resolve(tool), real);
        }
        Run run = run(Map.of("PATH", bin.toString()), work, "/bin/sh", unpacked.resolve("bin/ebook-builder").toString(), "--version");
        assertEquals(127, run.exit(), run.output());
        assertTrue(run.output().contains("Java 17 or later is needed"), run.output());

        run = run(Map.of("PATH", bin.toString(), "JAVA_HOME", work.resolve("pas-de-java").toString()), work, "/bin/sh",
                unpacked.resolve("bin/ebook-builder").toString(), "--version");
        assertEquals(127, run.exit(), run.output());
        assertTrue(run.output().contains("JAVA_HOME"), run.output());
    }
}
