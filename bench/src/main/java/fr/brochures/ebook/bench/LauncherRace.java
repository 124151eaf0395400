package fr.brochures.ebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static fr.brochures.ebook.bench.ContenderStats.quantile;

/**
 * The tool as people run it: the distribution's launcher ({@code bin/ebook-builder build PROJECT}, its default build,
 * download page included) on Java 25 and on Java 17, each with the class-data archive it made in its cache folder,
 * against pandoc, in alternation, on the brochure, the ×50 book and that book with 100 photographs; then the targets
 * of issue 19 as ratios of figures of this one run.
 *
 * <p>Usage: {@code LauncherRace ROOT WORK RUNS LAUNCHER JAVA17_HOME [JAVA25_HOME]}: ROOT the repository (the
 * brochure), WORK the folder made by bench/run.sh (books/), LAUNCHER the unpacked distribution's bin/ebook-builder.
 */
public final class LauncherRace {

    private final Path root;
    private final Path work;
    private final Path launcher;
    private final Map<String, Path> javas = new LinkedHashMap<>();
    private final TimedRuns timedRuns;
    private final RaceReport report = new RaceReport();

    private LauncherRace(Path root, Path work, int runs, Path launcher, Map<String, Path> javas) {
        this.root = root;
        this.work = work;
        this.launcher = launcher;
        this.javas.putAll(javas);
        this.timedRuns = new TimedRuns(work, work.resolve("logs-launcher"), runs);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 5) {
            System.err.println("usage: LauncherRace ROOT WORK RUNS LAUNCHER JAVA17_HOME [JAVA25_HOME]");
            System.exit(2);
        }
        Map<String, Path> javas = new LinkedHashMap<>();
        if (args.length > 5 && Files.isExecutable(Path.of(args[5], "bin", "java"))) {
            javas.put("Java 25", Path.of(args[5]));
        }
        javas.put("Java 17", Path.of(args[4]));
        new LauncherRace(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), Integer.parseInt(args[2]),
                Path.of(args[3]).toAbsolutePath(), javas).runAll();
    }

    private void runAll() throws IOException, InterruptedException {
        Files.createDirectories(work.resolve("out"));
        Files.createDirectories(work.resolve("logs-launcher"));
        Path books = work.resolve("books");
        Path brochure = root;
        Path x50 = books.resolve("x50");
        Path photos = books.resolve("x50-photos");
        for (String java : javas.keySet()) {
            prepareArchive(java, brochure);
        }
        report.line("Ours: `bin/ebook-builder build PROJECT -o OUT.epub --site OUT-site` (the default build: EPUB, Kobo edition, "
                + "their .sha256, download page) from the unpacked distribution archive, JAVA_HOME set to each Java, its class-data "
                + "archive made beforehand in its cache folder (XDG_CACHE_HOME), image cache warm unless said. " + "Each figure: "
                + "median of the timed runs after one untimed run, contenders in alternation.");
        report.line("");

        List<Contender> brochureRace = new ArrayList<>();
        List<Contender> x50Race = new ArrayList<>();
        List<Contender> photoRace = new ArrayList<>();
        Path edited = CliRace.firstEditedChapter(photos);
        int[] revision = {0};
        for (String java : javas.keySet()) {
            brochureRace.add(ours("brochure: " + java, java, brochure, "b"));
            x50Race.add(ours("x50: " + java, java, x50, "x"));
            photoRace.add(ours("x50 (no photographs): " + java, java, x50, "xp"));
            Path images = cache(java).resolve("ebook-builder/images");
            photoRace.add(new Contender("photos, image cache empty: " + java, launch(java, photos, "pc"), env(java), () -> {
                CliRace.delete(images);
                CliRace.delete(photos.resolve("target"));
            }));
            photoRace.add(new Contender("photos, rebuilt after changing one chapter: " + java, launch(java, photos, "pr"), env(java),
                    () -> CliRace.edit(edited, ++revision[0])));
        }
        brochureRace.add(new Contender("brochure: pandoc", CliRace.pandoc(work, brochure, "brochure"), Map.of(), null));
        x50Race.add(new Contender("x50: pandoc", CliRace.pandoc(work, x50, "x50"), Map.of(), null));
        section("Brochure (" + CliRace.sizeOf(brochure.resolve("book")) + "): the launcher against pandoc", brochureRace);
        section("×50 book (" + CliRace.sizeOf(x50.resolve("book")) + "): the launcher against pandoc", x50Race);
        section("×50 book with 100 photographs of 3000×2000 px (" + CliRace.sizeOf(photos.resolve("book/images")) + ")", photoRace);
        targets();
        Files.writeString(work.resolve("launcher-results.md"), report.text(), StandardCharsets.UTF_8);
        Files.write(work.resolve("launcher-samples.tsv"), timedRuns.samples(), StandardCharsets.UTF_8);
    }

    /**
     * One build of the brochure makes the launcher's archive in this Java's cache folder; Java 25 assembles its AOT
     * cache in the background after the build, which is awaited here so that no timed run shares the machine with it.
     */
    private void prepareArchive(String java, Path brochure) throws IOException, InterruptedException {
        Path cds = cache(java).resolve("ebook-builder/cds");
        CliRace.delete(cds);
        ProcessBuilder builder = new ProcessBuilder(launch(java, brochure, "prepare")).redirectErrorStream(true)
                .redirectOutput(work.resolve("logs-launcher/prepare.log").toFile());
        builder.environment().putAll(env(java));
        int exit = builder.start().waitFor();
        for (int i = 0; i < 1200 && archives(cds).noneMatch(n -> n.endsWith(".aot") || n.endsWith(".jsa")); i++) {
            Thread.sleep(100);
        }
        List<String> made = archives(cds).toList();
        System.out.println("== " + java + ": class-data archive " + made + " (first build exit " + exit + ")");
        report.line("- " + java + " (" + javas.get(java) + "): " + String.join(", ", made));
    }

    private static Stream<String> archives(Path cds) throws IOException {
        if (!Files.isDirectory(cds)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(cds)) {
            return files.map(f -> f.getFileName().toString()).toList().stream();
        }
    }

    private Contender ours(String name, String java, Path project, String out) {
        return new Contender(name, launch(java, project, out), env(java), null);
    }

    private List<String> launch(String java, Path project, String name) {
        String out = name + "-" + java.replace(' ', '-');
        return List.of("/bin/sh", launcher.toString(), "build", project.toString(), "-o",
                work.resolve("out").resolve(out + ".epub").toString(), "--site", work.resolve("out").resolve(out + "-site").toString());
    }

    private Path cache(String java) {
        return work.resolve("cache").resolve("launcher-" + java.replace(' ', '-'));
    }

    private Map<String, String> env(String java) {
        return Map.of("JAVA_HOME", javas.get(java).toString(), "XDG_CACHE_HOME", cache(java).toString());
    }

    private void section(String title, List<Contender> contenders) throws IOException {
        System.out.println("== " + title);
        report.table(title, timedRuns.race(contenders));
    }

    /** The targets of issue 19, per Java: ratios to pandoc's figures of the same section. */
    private void targets() {
        report.line("### Targets (issue 19), from this run");
        report.line("");
        report.line("| target | measured | met |");
        report.line("|---|---|---|");
        double brochurePandoc = report.get("brochure: pandoc").median();
        double x50Pandoc = report.get("x50: pandoc").median();
        for (String java : javas.keySet()) {
            double limit = java.equals("Java 25") ? 0.5 : 1.0;
            double brochure = report.get("brochure: " + java).median();
            report.target("brochure, " + java + ", ≤ " + limit + " × pandoc", brochure / brochurePandoc, limit,
                    String.format(Locale.ROOT, "%.3f s / %.3f s = %.2f×", brochure, brochurePandoc, brochure / brochurePandoc));
        }
        for (String java : javas.keySet()) {
            double x50 = report.get("x50: " + java).median();
            report.target("×50 book, " + java + ", ≤ 0.25 × pandoc", x50 / x50Pandoc, 0.25,
                    String.format(Locale.ROOT, "%.2f s / %.2f s = %.3f×", x50, x50Pandoc, x50 / x50Pandoc));
            double rss = quantile(RaceReport.toDouble(report.get("x50: " + java).rssKb()), 0.5) / 1024;
            report.target("×50 book, " + java + ", peak RSS < 512 MiB", rss, 512, String.format(Locale.ROOT, "%.0f MiB (pandoc %.0f MiB)",
                    rss, quantile(RaceReport.toDouble(report.get("x50: pandoc").rssKb()), 0.5) / 1024));
        }
        for (String java : javas.keySet()) {
            double base = report.get("x50 (no photographs): " + java).median();
            double cold = report.get("photos, image cache empty: " + java).median();
            double warm = report.get("photos, rebuilt after changing one chapter: " + java).median();
            report.target("100 photographs, " + java + ", cold ≤ 4 s", cold - base, 4,
                    String.format(Locale.ROOT, "%.2f s (%.2f s − %.2f s for the same book without them)", cold - base, cold, base));
            report.target("100 photographs, " + java + ", image cache warm ≤ 1 s", warm - base, 1,
                    String.format(Locale.ROOT, "%.2f s (%.2f s − %.2f s)", warm - base, warm, base));
        }
        report.line("");
        System.out.print(report.text().substring(report.text().lastIndexOf("### Targets")));
    }
}
