package fr.brochures.ebook.dist;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.FileNames;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.dist.Installation.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main archive, without EPUBCheck (target/ebook-builder-VERSION-dist.zip), and the EPUBCheck archive unpacked over
 * it: small, the same books as the full jar, and {@code check} saying in one line how to add EPUBCheck until it is.
 */
class SlimArchiveIT {

    /**
     * Issue 19's bound on the archive people download: 8 MB (7.2 MB since the slim jar leaves out the parts of ICU its
     * transliterator never reaches).
     */
    private static final long MAX_MAIN_ARCHIVE = 8_000_000;

    @TempDir
    static Path work;
    static Path tool;

    @BeforeAll
    static void unpack() throws IOException {
        tool = Installation.unzip(Installation.archive("dist", "zip"), work.resolve("slim"));
    }

    private static Map<String, String> environment() {
        return Map.of("PATH", Installation.JAVA_HOME.resolve("bin") + ":/usr/bin:/bin", "HOME", work.toString(), "LANG", "C.UTF-8");
    }

    @Test
    void mainArchivesAreSmallAndHoldNoEpubCheck() throws IOException {
        for (String extension : List.of("zip", "tar.gz")) {
            long size = Files.size(Installation.archive("dist", extension));
            assertTrue(size <= MAX_MAIN_ARCHIVE, "dist." + extension + ": " + size + " bytes");
        }
        try (JarFile jar = new JarFile(tool.resolve("lib/ebook-builder.jar").toFile())) {
            assertFalse(jar.stream().anyMatch(e -> e.getName().startsWith("com/adobe/epubcheck/") || e.getName().startsWith("net/sf/saxon/")),
                    "no EPUBCheck, no Saxon");
            assertEquals("epubcheck/epubcheck.jar", jar.getManifest().getMainAttributes().getValue("Class-Path"));
        }
        try (ZipFile addOn = new ZipFile(Installation.archive("epubcheck", "zip").toFile())) {
            assertEquals(List.of(Installation.ROOT + "/lib/epubcheck/epubcheck.jar"),
                    addOn.stream().filter(e -> !e.isDirectory()).map(e -> e.getName()).toList());
        }
    }

    @Test
    void slimLauncherBuildsTheBrochureWithTheSameBytesAsTheMainBuild() throws Exception {
        Path book = Installation.brochureCopy(work.resolve("brochure"));
        Run run = Installation.run(environment(), work, "/bin/sh", tool.resolve("bin/ebook-builder").toString(), "build", book.toString());
        assertEquals(0, run.exit(), run.output());
        Path slim = book.resolve("target/kazakhstan.epub");

        Path main = work.resolve("main/kazakhstan.epub");
        BuildResult built = TestBooks.build(TestBooks.brochure(), main);
        assertTrue(built.written(), () -> built.report().problems().toString());
        String sha256 = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(main)));
        assertEquals(sha256, run.sha256(), "the SHA-256 the slim build printed is the main build's");
        assertEquals(-1, Files.mismatch(main, slim), "the same bytes");
        assertEquals(-1, Files.mismatch(main.resolveSibling("kazakhstan.kepub.epub"), book.resolve("target/kazakhstan.kepub.epub")),
                "and the same Kobo edition");
        assertTrue(Files.isRegularFile(book.resolve("target/site/index.html")), "and the download page");
        assertFalse(run.output().contains("SLF4J"), "no logging warning: " + run.output());
    }

    @Test
    void checkSaysInOneLineHowToAddEpubCheckThenRunsItOnceAdded() throws Exception {
        Path copy = Installation.unzip(Installation.archive("dist", "zip"), work.resolve("slim-then-epubcheck"));
        Path epub = work.resolve("checked/book.epub");
        Files.createDirectories(epub.getParent());
        Run build = Installation.run(environment(), work, "/bin/sh", copy.resolve("bin/ebook-builder").toString(), "build",
                TestBooks.book("notes-and-figure").toString(), "-o", epub.toString(), "--no-site");
        assertEquals(0, build.exit(), build.output());

        Run without = Installation.run(environment(), work, "/bin/sh", copy.resolve("bin/ebook-builder").toString(), "check", epub.toString());
        assertEquals(2, without.exit(), without.output());
        assertEquals(1, without.stderr().strip().lines().count(), "one line: " + without.stderr());
        assertTrue(without.stderr().contains("ebook-builder-" + Installation.VERSION + "-epubcheck.zip"), without.stderr());

        Installation.unzip(Installation.archive("epubcheck", "zip"), work.resolve("slim-then-epubcheck"));
        Run with = Installation.run(environment(), work, "/bin/sh", copy.resolve("bin/ebook-builder").toString(), "check", epub.toString());
        assertEquals(0, with.exit(), with.output());
        assertTrue(with.stdout().contains("EPUBCheck: no fatal errors, no errors, no warnings"), with.output());
    }

    @Test
    void slimJarMakesTheSameFileNamesFromTitlesInEveryScript() throws Exception {
        // the slim jar leaves out ICU data the transliterator must not need: compare it with the whole ICU, script by script
        List<String> titles = List.of("Жаңаөзен 2011", "Ελευθερία", "Ἀθῆναι ᾠδή", "Հայաստան", "საქართველო", "العربية ثورة",
                "עברית מהפכה", "हिन्दी क्रांति", "বাংলা", "ไทย การปฏิวัติ", "中文革命 北京", "ひらがな カタカナ", "한국어 혁명", "ኢትዮጵያ",
                "தமிழ்", "Українська Їжак", "Српски Ђорђе", "Монгол Өргөө", "ئۇيغۇر", "ދިވެހި", "မြန်မာ", "ગુજરાતી", "ಕನ್ನಡ",
                "മലയാളം", "తెలుగు", "ଓଡ଼ିଆ", "ਪੰਜਾਬੀ", "ລາວ", "ខ្មែរ", "Œuvres Straße Læti Ærø");
        URL slim = tool.resolve("lib/ebook-builder.jar").toUri().toURL();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {slim}, ClassLoader.getPlatformClassLoader())) {
            Method slug = loader.loadClass(FileNames.class.getName()).getMethod("slug", String.class);
            for (String title : titles) {
                assertEquals(FileNames.slug(title), slug.invoke(null, title), title);
            }
        }
    }
}
