package fr.brochures.ebook;

import fr.brochures.ebook.FuzzMutations.Mutation;
import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.epubcheck.EpubValidator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property tests of whole builds through the command line, in process ({@code Main.run(out, err, "build", PROJECT,
 * "--no-site")}): whatever an editor does to a book project, the build either refuses it cleanly or writes a valid book,
 * and never loses work.
 *
 * <p>Each try damages the example book {@code notes-and-figure} with one to three {@link Mutation}s (chapters truncated,
 * tags or elements deleted, doubled or moved, markup and odd characters inserted, attributes set to odd values, random
 * bytes in any file, files swapped, {@code book.yaml} lines deleted, doubled, misspelt or given odd values, rules added to
 * the stylesheet, the SVG image corrupted, a chapter, {@code book.yaml} or the stylesheet saved as UTF-16, UTF-32,
 * Latin-1, windows-1252 or UTF-8 with a BOM). Each mutation is a kind and a seed from which it draws its choices, both
 * drawn from the try's own seeded generator, so a failing try is replayed alone with {@code -Dfuzz.from=N
 * -Dfuzz.tries=1} (its number is in the failure). For every try:
 * <ul>
 * <li>exit 0 with an EPUB, or exit 1 with at least one coded error naming a file of the project ({@code book/…},
 * {@code styles/…} or {@code covers/…}); never exit 3, never any other code;</li>
 * <li>no stack trace nor exception in what is printed (no {@code Exception}, no {@code "\tat "});</li>
 * <li>no source file changed: {@code book/}, {@code styles/} and {@code covers/} hash the same before and after;</li>
 * <li>a previous output never replaced by a failed build: the project's {@code target/} holds the outputs of a clean build
 * of the undamaged book before each try, and after a failed build it holds exactly those bytes (nothing added, no
 * temporary file left);</li>
 * <li>EPUBCheck accepts the EPUB of the 1st, 21st, 41st… accepted try (every 20th, from the first), a fixed sample that
 * keeps the 2 000 tries within a few minutes.</li>
 * </ul>
 * The seed is fixed so that {@code mvn verify} is the same every time; another {@code -Dfuzz.seed} explores other
 * projects, {@code -Dfuzz.tries} runs more or fewer. (Plain JUnit with seeded generators, not a property-testing
 * library: jqwik, the one served here, asks in its output that AI agents not use it.)
 * One project folder is reused by every try (laid anew from the example book), and the site is not built.
 */
class FuzzBuildTest {

    private static final long SEED = Long.getLong("fuzz.seed", 20260123L);
    private static final int FROM = Integer.getInteger("fuzz.from", 0);
    private static final int TRIES = Integer.getInteger("fuzz.tries", 2000);
    private static final int EPUBCHECK_EVERY = 20;
    private static final Pattern BUILT = Pattern.compile("(?m)^Built (.+?\\.epub): ");
    /** A coded error ({@code error [XHTML-001] …}), and a file of the project named on its line. */
    private static final Pattern CODED_ERROR = Pattern.compile("error \\[[A-Z]+-\\d{3}\\]");
    private static final Pattern A_SOURCE = Pattern.compile("\\b(book|styles|covers)/");

    private static Path temp;
    private static Path project;
    private static Map<String, byte[]> previousOutputs;
    private static int tries;
    private static int accepted;
    private static int refused;
    private static int validated;
    private static long start;

    /** One mutation: its kind, and the seed its choices are drawn from. */
    record Step(Mutation mutation, long seed) {
        @Override
        public String toString() {
            return mutation + "/" + seed;
        }
    }

    @BeforeAll
    static void buildTheUndamagedBookOnce() throws IOException {
        temp = Files.createTempDirectory("fuzz-build-");
        project = temp.resolve("project");
        Path clean = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("clean"));
        Run run = Run.of("build", clean.toString(), "--no-site");
        assertEquals(0, run.exit, run.err);
        previousOutputs = new HashMap<>();
        try (Stream<Path> files = Files.list(clean.resolve("target"))) {
            for (Path file : files.toList()) {
                previousOutputs.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        }
        assertEquals(4, previousOutputs.size(), previousOutputs.keySet().toString());
        start = System.nanoTime();
    }

    @AfterAll
    static void report() throws IOException {
        System.out.printf("fuzz properties: %d tries, %d accepted (%d checked by EPUBCheck), %d refused, %.1f s%n", tries,
                accepted, validated, refused, (System.nanoTime() - start) / 1e9);
        delete(temp);
    }

    /** The one to three mutations of try {@code i}, drawn from its own generator. */
    private static List<Step> damage(int i) {
        Random random = new Random(SEED * 1_000_003L + i);
        Mutation[] kinds = Mutation.values();
        List<Step> steps = new ArrayList<>();
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            steps.add(new Step(kinds[random.nextInt(kinds.length)], random.nextLong()));
        }
        return steps;
    }

    @Test
    void everyDamagedProjectIsRefusedCleanlyOrBuildsValidAndNothingIsLost() throws IOException {
        for (int i = FROM; i < FROM + TRIES; i++) {
            tryOnce(i, damage(i));
        }
        assertTrue(accepted > 0 && refused > 0, "the tries both built and refused books: " + accepted + "/" + refused);
    }

    private void tryOnce(int i, List<Step> damage) throws IOException {
        tries++;
        delete(project);
        FixtureBook.materialize(TestBooks.book("notes-and-figure"), project);
        Path target = Files.createDirectories(project.resolve("target"));
        for (Map.Entry<String, byte[]> output : previousOutputs.entrySet()) {
            Files.write(target.resolve(output.getKey()), output.getValue());
        }
        List<String> done = new ArrayList<>();
        for (Step step : damage) {
            done.add(step.mutation().apply(project, step.seed()));
        }
        Map<String, String> sources = sources();
        Map<String, String> before = FixtureBook.hashes(target);

        Run run = Run.of("build", project.toString(), "--no-site");

        String what = "in try " + i + " (-Dfuzz.from=" + i + " -Dfuzz.tries=1) after " + done + "\nexit " + run.exit + "\nout:\n" + run.out + "\nerr:\n" + run.err;
        assertFalse(run.out.contains("Exception") || run.err.contains("Exception") || run.out.contains("\tat ")
                || run.err.contains("\tat "), () -> "a stack trace or an exception was printed " + what);
        assertEquals(sources, sources(), () -> "a source file changed " + what);
        if (run.exit == 0) {
            accepted++;
            Matcher built = BUILT.matcher(run.out);
            assertTrue(built.find(), () -> "no EPUB named " + what);
            Path epub = Path.of(built.group(1));
            assertTrue(Files.isRegularFile(epub), () -> "no EPUB written " + what);
            if ((accepted - 1) % EPUBCHECK_EVERY == 0) {
                validated++;
                EpubValidator.ValidationResult validation = new EpubValidator().validate(epub);
                assertTrue(validation.clean(), () -> "the builder wrote an EPUB that EPUBCheck rejects: it should have "
                        + "refused the book " + what + "\nEPUBCheck:\n  " + String.join("\n  ", validation.findings()));
            }
        } else if (run.exit == 1) {
            refused++;
            assertTrue(run.err.lines().anyMatch(line -> CODED_ERROR.matcher(line).find()
                    && A_SOURCE.matcher(line).find()), () -> "no coded error naming a file " + what);
            assertEquals(before, FixtureBook.hashes(target), () -> "a failed build changed the previous outputs " + what);
        } else {
            fail("exit " + run.exit + " (only 0 or 1 may end a build of a damaged book) " + what);
        }
    }

    private static Map<String, String> sources() throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (String folder : List.of("book", "styles", "covers")) {
            FixtureBook.hashes(project.resolve(folder)).forEach((file, hash) -> hashes.put(folder + "/" + file, hash));
        }
        return hashes;
    }

    private static void delete(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** What one command line run printed and returned. */
    private record Run(int exit, String out, String err) {
        static Run of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
            return new Run(exit, out.toString(), err.toString());
        }
    }
}
