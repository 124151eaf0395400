package fr.brochures.ebook;

import fr.brochures.ebook.epubcheck.EpubValidator;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded, bounded fuzzing of whole builds: every damaged book is refused with coded errors or builds to an EPUB EPUBCheck
 * accepts. Each iteration damages an example book with one to three random mutations from {@link FuzzMutations}.
 */
class FuzzBuildTest {

    // a failure names its seed and iteration; -Dfuzz.seed=S -Dfuzz.from=I -Dfuzz.iterations=1 replays it alone
    private static final long SEED = Long.getLong("fuzz.seed", 20260123L);
    private static final int FROM = Integer.getInteger("fuzz.from", 0);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 150);

    @TempDir
    Path temp;

    @Test
    void everyDamagedBookIsRefusedCleanlyOrBuildsValid() throws IOException {
        int written = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = FROM; i < FROM + ITERATIONS; i++) {
            Random random = new Random(SEED * 1_000_003L + i);
            Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("run-" + i));
            List<String> mutations = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int m = 0; m < count; m++) {
                mutations.add(FuzzMutations.mutate(project, random));
            }
            String replay = "seed " + SEED + ", iteration " + i + " (-Dfuzz.seed=" + SEED + " -Dfuzz.from=" + i
                    + " -Dfuzz.iterations=1), mutations " + mutations;
            Path epub = temp.resolve("out-" + i).resolve("book.epub");
            BuildResult result;
            try {
                result = TestBooks.build(project, epub);
            } catch (RuntimeException | Error e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                failures.add("the build threw on " + replay + "\n" + trace);
                continue;
            }
            List<String> messages = result.report().problems().stream().map(Problem::format).toList();
            if (result.written()) {
                written++;
                EpubValidator.ValidationResult validation = new EpubValidator().validate(epub);
                if (!validation.clean()) {
                    failures.add("the builder wrote an EPUB that EPUBCheck rejects: it should have refused the book. " + replay
                            + "\n  " + String.join("\n  ", validation.findings()) + "\n  build report: " + messages);
                }
            } else {
                refused++;
                if (result.report().count(Severity.ERROR) == 0 || Files.exists(epub)
                        || messages.stream().anyMatch(m -> m.contains("Exception"))) {
                    failures.add("refused without a clean coded error, or wrote something: " + replay + "\n  " + messages);
                }
            }
        }
        System.out.printf("fuzz: seed %d, iterations %d-%d: %d written and valid, %d refused, %d failed, %.1f s%n", SEED, FROM,
                FROM + ITERATIONS - 1, written - failures.size(), refused, failures.size(), (System.nanoTime() - start) / 1e9);
        if (!failures.isEmpty()) {
            fail(failures.size() + " fuzz failure(s):\n" + String.join("\n\n", failures));
        }
    }
}
