package fr.brochures.ebook.bench;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.transform.ChapterTransform;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the time of one cold build goes: the stages of {@link StagedBuild} timed once each in a fresh JVM (so with
 * class loading, interpretation and JIT compilation, as in the CLI), the transforms one by one. Sequential: the real
 * build overlaps some of them. Usage: {@code ColdStages PROJECT_DIR}.
 */
public final class ColdStages {

    private static long last;

    private ColdStages() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.printf(Locale.ROOT, "%-34s %7d ms%n", "JVM start to main()", System.currentTimeMillis() - jvmStart);
        Path out = Files.createTempDirectory("ebook-cold-");
        last = System.nanoTime();
        long first = last;
        StagedBuild b = new StagedBuild(Path.of(args[0]), out.resolve("x.epub")).load();
        lap("1 load (book.yaml, reading order)");
        b.parse();
        lap("2a read + SAX check + Jsoup parse");
        for (ChapterTransform t : StagedBuild.TRANSFORMS) {
            for (Chapter c : b.chapters) {
                t.apply(c, b.context);
            }
            lap("2b   transform " + t.name());
        }
        fr.brochures.ebook.checks.LinkCheck.check(b.chapters, java.util.Set.of(), new fr.brochures.ebook.report.BuildReport());
        lap("2c   link check");
        b.prepareImages();
        lap("3 images (no cache)");
        PageRenderer renderer = new PageRenderer();
        lap("4a Velocity engine");
        b.renderPages(renderer);
        lap("4b render generated pages");
        b.assemble();
        lap("5 assemble (serialise chapters)");
        b.writeEpub(out.resolve("x.epub"));
        lap("6 write EPUB");
        b.convertToKepub();
        lap("7a Kobo conversion");
        b.writeEpub(out.resolve("x.kepub.epub"));
        lap("7b write Kobo EPUB");
        System.out.printf(Locale.ROOT, "%-34s %7.0f ms%n", "total (sequential)", (System.nanoTime() - first) / 1e6);
        SyntheticBooks.deleteRecursively(out);
    }

    private static void lap(String what) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "%-34s %7.0f ms%n", what, (now - last) / 1e6);
        last = now;
    }
}
