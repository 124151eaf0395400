package fr.brochures.ebook.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;

import static fr.brochures.ebook.cli.BuildCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code serve}'s command line: what stops it before it listens, with one line and exit code 2. A preview that runs
 * is tested as a process, stopped as by Ctrl-C ({@code ServeIT}), and over HTTP ({@code preview.PreviewTest}).
 */
class ServeCommandTest {

    @TempDir
    Path temp;

    @Test
    void helpListsItAndItsOptions() {
        assertTrue(run("help").out().contains("serve"), "help lists serve");
        BuildCommandTest.Run help = run("help", "serve");
        for (String option : new String[] {"--port", "--host", "--strict", "PROJECT_DIR", "Nothing is written"}) {
            assertTrue(help.out().contains(option), option + " in " + help.out());
        }
    }

    @Test
    void aProjectThatIsNotAFolder() throws IOException {
        Path file = Files.writeString(temp.resolve("book.yaml"), "title: x\n");
        BuildCommandTest.Run run = run("serve", file.toString(), "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("is not a folder"), run.err());
        run.assertNoStackTrace();
    }

    @Test
    void aPortOutOfRange() {
        BuildCommandTest.Run run = run("serve", temp.toString(), "--port", "70000");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--port must be between 0"), run.err());
    }

    @Test
    void aHostThatIsNotAnAddress() {
        BuildCommandTest.Run run = run("serve", temp.toString(), "--port", "0", "--host", "no-such-host.invalid");
        assertEquals(ExitCodes.USAGE, run.exit());
        assertTrue(run.err().contains("--host no-such-host.invalid is not an address"), run.err());
    }

    @Test
    void aPortInUseIsSaidBeforeAnyBuild() throws IOException {
        Files.createDirectories(temp.resolve("book"));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            BuildCommandTest.Run run = run("serve", temp.toString(), "--port", Integer.toString(taken.getLocalPort()));
            assertEquals(ExitCodes.USAGE, run.exit());
            assertTrue(run.err().contains("cannot listen on 127.0.0.1 port " + taken.getLocalPort()), run.err());
            assertTrue(run.err().contains("--port 0"), run.err());
            assertEquals("", run.out(), "no build: nothing printed but the reason");
            run.assertNoStackTrace();
        }
    }
}
