package fr.brochures.ebook.bench;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.checks.ChapterCheck;
import fr.brochures.ebook.transform.ChapterPass;
import fr.brochures.ebook.transform.ChapterTransform;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the time of one cold build goes: the stages of {@link StagedBuild} timed once each in a fresh JVM (so with
 * class loading, interpretation and JIT compilation, as in the CLI). The stages run in sequence: the real build
 * overlaps some of them (images, template engine). Usage: {@code ColdStages PROJECT_DIR [--by-transform]}.
 *
 * <p>By default the chapters go through {@link ChapterPass} as in the build (read, parse and transforms in one pass,
 * on all cores). With {@code --by-transform} they are read and parsed, then given to each transform in turn, all
 * sequentially, to see what each transform costs; the chapters and everything after are the same.
 */
public final class ColdStages {

    private static long last;

    private ColdStages() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        if (args.length < 1 || args.length > 2 || (args.length == 2 && !args[1].equals("--by-transform"))) {
            System.err.println("usage: ColdStages PROJECT_DIR [--by-transform]");
            System.exit(2);
        }
        boolean byTransform = args.length == 2;
        System.out.printf(Locale.ROOT, "%-38s %7d ms%n", "JVM start to main()", System.currentTimeMillis() - jvmStart);
        Path out = Files.createTempDirectory("ebook-cold-");
        last = System.nanoTime();
        long first = last;
        StagedBuild b = new StagedBuild(Path.of(args[0]), out.resolve("x.epub")).load();
        lap("1 load (book.yaml, reading order)");
        if (byTransform) {
            b.readAndParseSequentially();
            lap("2a read + SAX check + Jsoup parse");
            for (ChapterCheck c : ChapterPass.CHECKS) {
                b.check(c);
                lap("2b   check " + c.name());
            }
            for (ChapterTransform t : ChapterPass.TRANSFORMS) {
                b.transform(t);
                lap("2b   transform " + t.name());
            }
            b.checkLinks();
            lap("2c   link check");
        } else {
            b.chapterPass();
            lap("2 chapter pass (read, parse, transform)");
        }
        b.prepareImages();
        lap("3 images (no cache)");
        b.manuscript();
        lap("4 manuscript (serialise chapters, CSS)");
        PageRenderer templates = new PageRenderer();
        lap("5a Velocity engine");
        b.renderEpub(templates);
        lap("5b render EPUB (pages, assemble, zip)");
        b.renderKepub(templates);
        lap("6 render Kobo edition (conversion, zip)");
        b.write();
        lap("7 write EPUB, kepub, .sha256");
        System.out.printf(Locale.ROOT, "%-38s %7.0f ms%n", "total (sequential)", (System.nanoTime() - first) / 1e6);
        FileTrees.deleteRecursively(out);
    }

    private static void lap(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-38s %7.0f ms%n", what, (now - last) / 1e6);
        last = now;
    }
}
