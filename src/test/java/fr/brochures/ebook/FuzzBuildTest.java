package fr.brochures.ebook;

import fr.brochures.ebook.FuzzMutations.Mutation;
import fr.brochures.ebook.cli.Main;
import fr.brochures.ebook.epubcheck.EpubValidator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

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
 * Latin-1, windows-1252 or UTF-8 with a BOM). Each mutation is a kind and a seed from which it draws its choices, so
 * jqwik shrinks a failing sample and its report replays it. For every try:
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
 * The seed is fixed so that {@code mvn verify} is the same every time; another {@code seed} explores other projects.
 * One project folder is reused by every try (laid anew from the example book), and the site is not built.
 */
class FuzzBuildTest {

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

    @BeforeContainer
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

    @AfterContainer
    static void report() throws IOException {
        System.out.printf("fuzz properties: %d tries, %d accepted (%d checked by EPUBCheck), %d refused, %.1f s%n", tries,
                accepted, validated, refused, (System.nanoTime() - start) / 1e9);
        delete(temp);
    }

    @Provide
    Arbitrary<List<Step>> damage() {
        Arbitrary<Step> step = Combinators.combine(Arbitraries.of(Mutation.class), Arbitraries.longs()).as(Step::new);
        return step.list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 2000, seed = "20260123", shrinking = ShrinkingMode.BOUNDED)
    void everyDamagedProjectIsRefusedCleanlyOrBuildsValidAndNothingIsLost(@ForAll("damage") List<Step> damage) throws IOException {
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

        String what = "after " + done + "\nexit " + run.exit + "\nout:\n" + run.out + "\nerr:\n" + run.err;
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
