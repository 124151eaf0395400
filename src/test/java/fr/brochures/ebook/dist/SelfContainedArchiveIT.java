package fr.brochures.ebook.dist;

import fr.brochures.ebook.BuildResult;
import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.dist.Installation.Run;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The self-contained archive (target/ebook-builder-VERSION-linux-x64.tar.gz) on a machine without Java: no java on the
 * PATH, no JAVA_HOME. Its launcher runs the runtime jlink made, builds the brochure with the main build's bytes, and
 * maps its class-data archive from the second build on.
 */
class SelfContainedArchiveIT {

    @TempDir
    static Path work;
    static Path tool;
    static Map<String, String> noJava;

    @BeforeAll
    static void unpack() throws Exception {
        tool = Installation.untar(Installation.archive("linux-x64", "tar.gz"), work.resolve("autonome"));
        Path path = Installation.pathWithoutJava(work.resolve("bin-sans-java"));
        noJava = Map.of("PATH", path.toString(), "HOME", work.resolve("maison").toString(), "LANG", "C.UTF-8");
        Run which = Installation.run(noJava, work, "/bin/sh", "-c", "command -v java || echo none");
        assertEquals("none", which.stdout().strip(), "no java on this PATH");
    }

    @Test
    void runtimeHoldsTheModulesJdepsFoundAndThoseOnlyServicesReach() throws Exception {
        List<String> modules = Arrays.asList(Files.readString(Installation.TARGET.resolve("runtime-modules.txt")).strip().split(","));
        for (String module : List.of("java.base", "java.desktop", "jdk.localedata", "jdk.httpserver")) {
            assertTrue(modules.contains(module), module + " in " + modules);
        }
        Run listed = Installation.run(noJava, work, tool.resolve("runtime/bin/java").toString(), "--list-modules");
        assertEquals(0, listed.exit(), listed.output());
        for (String module : modules) {
            assertTrue(listed.stdout().contains(module + "@"), module + " in the runtime: " + listed.stdout());
        }
    }

    @Test
    void buildsTheBrochureWithNoJavaInstalledThenStartsFromItsClassDataArchive() throws Exception {
        Path book = Installation.brochureCopy(work.resolve("brochure"));
        String launcher = tool.resolve("bin/ebook-builder").toString();
        Run first = Installation.run(noJava, work, "/bin/sh", launcher, "build", book.toString(), "-o", work.resolve("1/k.epub").toString());
        assertEquals(0, first.exit(), first.output());
        assertFalse(first.output().contains("AOT") || first.output().contains("warning"), first.output());

        Path main = work.resolve("main/k.epub");
        BuildResult built = TestBooks.build(TestBooks.brochure(), main);
        assertTrue(built.written(), () -> built.report().problems().toString());
        assertEquals(-1, Files.mismatch(main, work.resolve("1/k.epub")), "the main build's bytes");
        assertEquals(-1, Files.mismatch(main.resolveSibling("k.kepub.epub"), work.resolve("1/k.kepub.epub")));

        // the runtime is Java 25 (Temurin) when the build machine has it, else the JDK that ran Maven: an AOT cache or a
        // dynamic archive, made after the first build
        Path cds = work.resolve("maison/.cache/ebook-builder/cds");
        assertTrue(Installation.awaitFile(cds, ".aot") || Installation.awaitFile(cds, ".jsa"), "archive made: " + Installation.names(cds));
        Run second = Installation.run(noJava, work, "/bin/sh", launcher, "build", book.toString(), "-o", work.resolve("2/k.epub").toString());
        assertEquals(0, second.exit(), second.output());
        assertEquals(first.withoutSeconds().replace("/1/", "/2/"), second.withoutSeconds(), "the same messages");
        assertEquals(-1, Files.mismatch(main, work.resolve("2/k.epub")));
    }
}
