package fr.brochures.ebook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code check} run by a Java whose class path lacks W3C EPUBCheck (a distribution made without its jars): one line
 * saying what is missing and how to get it, exit code 2, no stack trace. The tool runs in a Java of its own, on the
 * tests' class path minus EPUBCheck's jar, as such a distribution would run it.
 */
class CheckWithoutEpubCheckTest {

    @TempDir
    Path temp;

    @Test
    void checkWithoutEpubCheckSaysWhatIsMissingAndExitsTwo() throws IOException, InterruptedException {
        List<String> classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).toList();
        List<String> withoutEpubCheck = classPath.stream()
                .filter(entry -> !Path.of(entry).getFileName().toString().startsWith("epubcheck-")).toList();
        assertEquals(classPath.size() - 1, withoutEpubCheck.size(), "EPUBCheck's jar is on the tests' class path: " + classPath);
        Path epub = Files.write(temp.resolve("book.epub"), new byte[] {'P', 'K', 3, 4});
        Path err = temp.resolve("err.txt");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-cp", String.join(File.pathSeparator, withoutEpubCheck),
                Main.class.getName(), "check", epub.toString())
                .redirectOutput(temp.resolve("out.txt").toFile()).redirectError(err.toFile()).start();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "check ends");
        String printed = Files.readString(err, StandardCharsets.UTF_8).strip();

        assertEquals(ExitCodes.USAGE, process.exitValue(), printed);
        assertFalse(printed.contains("\n"), "one line: " + printed);
        assertTrue(printed.startsWith("ebook-builder: ") && printed.contains("EPUBCheck"), printed);
        assertTrue(printed.contains("com.adobe.epubcheck"), "names what is missing: " + printed);
        assertFalse(printed.contains("Exception") || printed.contains("Error:") || printed.contains("\tat "), printed);
        assertEquals("", Files.readString(temp.resolve("out.txt")).lines().collect(Collectors.joining()), "no findings, no summary");
    }
}
