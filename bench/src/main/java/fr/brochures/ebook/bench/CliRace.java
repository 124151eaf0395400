package fr.brochures.ebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times whole command lines as processes, JVM start included: our {@code java … -jar target/ebook-builder.jar build}
 * and pandoc building an EPUB 3 from the same book, in alternation (ours, pandoc, ours, pandoc…), each run under
 * {@code /usr/bin/time -v} for its peak memory. Every contender first gets one untimed run (file cache, image cache).
 * Prints Markdown tables: median, min–max and interquartile range of the wall time, median CPU time and peak RSS,
 * then the targets of the issue, met or not. This class is the race's plan (which command lines, in which sections);
 * {@link TimedRuns} runs and measures them, {@link RaceReport} writes the tables.
 *
 * <p>Usage: {@code CliRace ROOT WORK RUNS JVM_FLAGS...}: ROOT is the repository (its target/ebook-builder.jar), WORK
 * the folder made by bench/run.sh (books/, pandoc/), RUNS the timed runs per contender, JVM_FLAGS the flags of the
 * measured configuration (the launcher's); the file target/ebook-builder.jsa is used for the CDS rows when present.
 */
public final class CliRace {

    private final Path root;
    private final Path work;
    private final int runs;
    private final List<String> flags;
    private final Path jar;
    private final Path jsa;
    private final TimedRuns timedRuns;
    private final RaceReport report = new RaceReport();

    CliRace(Path root, Path work, int runs, List<String> flags) {
        this.root = root;
        this.work = work;
        this.runs = runs;
        this.flags = flags;
        this.jar = root.resolve("target/ebook-builder.jar");
        this.jsa = root.resolve("target/ebook-builder.jsa");
        this.timedRuns = new TimedRuns(root, work.resolve("logs"), runs);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: CliRace ROOT WORK RUNS [JVM_FLAGS...]");
            System.exit(2);
        }
        List<String> flags = new ArrayList<>(Arrays.asList(args).subList(3, args.length));
        flags.removeIf(String::isBlank);
        CliRace race = new CliRace(Path.of(args[0]).toAbsolutePath(), Path.of(args[1]).toAbsolutePath(), Integer.parseInt(args[2]), flags);
        race.runAll();
    }

    void runAll() throws IOException {
        Files.createDirectories(work.resolve("out"));
        Files.createDirectories(work.resolve("logs"));
        Path books = work.resolve("books");
        Path brochure = root;
        Path x50 = books.resolve("x50");
        Path photos = books.resolve("x50-photos");

        report.line("Measured configuration (\"ours\"): `java " + String.join(" ", flags) + " -jar target/ebook-builder.jar build PROJECT -o OUT.epub --no-site`");
        report.line("(it writes OUT.epub and OUT.kepub.epub with their .sha256; `--no-site`: no download page, which pandoc does not make either).");
        report.line("Pandoc: `pandoc -f html+epub_html_exts -t epub3 --metadata-file meta.yaml --epub-cover-image covers/cover.jpg --css styles/*.css --toc --toc-depth=2 --resource-path book -o OUT.epub book.html` (book.html and meta.yaml made by PandocInput).");
        report.line("Each figure: " + runs + " timed runs per contender after one untimed run, contenders in alternation. Wall time median, min–max, IQR; CPU = user+sys median; RSS = peak resident memory, median.");
        report.line("");

        // 1. JVM start and the JVM-flag levers, on the brochure
        List<List<String>> variants = new ArrayList<>();
        List<String> names = new ArrayList<>();
        variants.add(List.of());
        names.add("java -jar (no flag)");
        variants.add(List.of("-XX:TieredStopAtLevel=1"));
        names.add("-XX:TieredStopAtLevel=1");
        if (Files.isRegularFile(jsa)) {
            variants.add(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off,cds+dynamic=off"));
            names.add("AppCDS archive");
            variants.add(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off,cds+dynamic=off", "-XX:TieredStopAtLevel=1"));
            names.add("AppCDS + TieredStopAtLevel=1");
            variants.add(List.of("-XX:SharedArchiveFile=" + jsa, "-Xlog:cds=off,cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
            names.add("AppCDS + TieredStopAtLevel=1 + SerialGC");
        }
        variants.add(List.of("-Xshare:off"));
        names.add("-Xshare:off (no CDS at all)");
        List<Contender> starts = new ArrayList<>();
        List<Contender> levers = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            starts.add(new Contender("JVM start: " + names.get(i), java(variants.get(i), List.of("--version")), cacheEnv("brochure"), null));
            levers.add(new Contender("brochure: " + names.get(i), java(variants.get(i), build(brochure, "lever-" + i, false)), cacheEnv("brochure"), null));
        }
        starts.add(new Contender("JVM start: ours", java(flags, List.of("--version")), cacheEnv("brochure"), null));
        section("JVM start (`java FLAGS -jar target/ebook-builder.jar --version`)", starts);
        section("Levers: JVM flags, brochure, whole CLI build", levers);

        // 2. the brochure, ours against pandoc
        Path brochureCache = work.resolve("cache/brochure-cold");
        section("Brochure (book/: " + sizeOf(brochure.resolve("book")) + "), ours vs pandoc", List.of(
                new Contender("brochure: ours", java(flags, build(brochure, "brochure-ours", false)), cacheEnv("brochure"), null),
                new Contender("brochure: ours, image cache empty", java(flags, build(brochure, "brochure-ours-cold", false)),
                        Map.of("XDG_CACHE_HOME", brochureCache.toString()), () -> delete(brochureCache)),
                new Contender("brochure: ours with the download page", java(flags, build(brochure, "brochure-ours-site", true)), cacheEnv("brochure"), null),
                new Contender("brochure: pandoc", pandoc(brochure, "brochure"), Map.of(), null)));

        // 3. the 50x book
        section("Synthetic book ×50 (book/: " + sizeOf(x50.resolve("book")) + "), ours vs pandoc", List.of(
                new Contender("x50: ours", java(flags, build(x50, "x50-ours", false)), cacheEnv("x50"), null),
                new Contender("x50: java -jar (no flag)", java(List.of(), build(x50, "x50-plain", false)), cacheEnv("x50"), null),
                new Contender("x50: pandoc", pandoc(x50, "x50"), Map.of(), null)));

        // 4. the 50x book with 100 photographs: cold cache, then rebuilt after changing one chapter
        Path photoCache = work.resolve("cache/photos");
        Path plainCache = work.resolve("cache/photos-plain");
        Path edited = firstEditedChapter(photos);
        int[] revision = {0};
        section("Synthetic book ×50 with 100 photographs of 3000×2000 px (book/images/: " + sizeOf(photos.resolve("book/images")) + ")", List.of(
                new Contender("x50: ours (no photographs, same run)", java(flags, build(x50, "x50-ours-again", false)), cacheEnv("x50"), null),
                new Contender("photos: ours, image cache empty", java(flags, build(photos, "photos-ours-cold", false)),
                        Map.of("XDG_CACHE_HOME", photoCache.toString()), () -> {
                    delete(photoCache);
                    delete(photos.resolve("target"));
                }),
                new Contender("photos: ours, rebuilt after changing one chapter", java(flags, build(photos, "photos-ours-rebuild", false)),
                        Map.of("XDG_CACHE_HOME", photoCache.toString()), () -> edit(edited, ++revision[0])),
                new Contender("photos: java -jar (no flag), image cache empty", java(List.of(), build(photos, "photos-plain-cold", false)),
                        Map.of("XDG_CACHE_HOME", plainCache.toString()), () -> delete(plainCache)),
                new Contender("photos: java -jar (no flag), rebuilt after changing one chapter", java(List.of(), build(photos, "photos-plain-rebuild", false)),
                        Map.of("XDG_CACHE_HOME", plainCache.toString()), () -> edit(edited, ++revision[0])),
                new Contender("photos: pandoc", pandoc(photos, "photos"), Map.of(), null)));

        report.targets();
        Files.writeString(work.resolve("results.md"), report.text(), StandardCharsets.UTF_8);
        Files.write(work.resolve("samples.tsv"), timedRuns.samples(), StandardCharsets.UTF_8);
        System.out.println("\n(tables in " + work.resolve("results.md") + ", every run in " + work.resolve("samples.tsv") + ")");
    }

    /** Runs the contenders in alternation and appends their table. */
    private void section(String title, List<Contender> contenders) throws IOException {
        System.out.println("== " + title);
        report.table(title, timedRuns.race(contenders));
    }

    private List<String> java(List<String> jvmFlags, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add("java");
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(args);
        return command;
    }

    private List<String> build(Path project, String name, boolean site) {
        List<String> args = new ArrayList<>(List.of("build", project.toString(), "-o", work.resolve("out").resolve(name + ".epub").toString()));
        if (site) {
            args.addAll(List.of("--site", work.resolve("out").resolve(name + "-site").toString()));
        } else {
            args.add("--no-site");
        }
        return args;
    }

    private List<String> pandoc(Path project, String name) throws IOException {
        return pandoc(work, project, name);
    }

    /** Pandoc's command line for {@code project}, its input made by {@link PandocInput} in WORK/pandoc/NAME. */
    static List<String> pandoc(Path work, Path project, String name) throws IOException {
        Path input = work.resolve("pandoc").resolve(name);
        PandocInput.write(project, input);
        List<String> command = new ArrayList<>(List.of("pandoc", "-f", "html+epub_html_exts", "-t", "epub3",
                "--metadata-file=" + input.resolve("meta.yaml"),
                "--epub-cover-image=" + project.resolve("covers/cover.jpg"),
                "--toc", "--toc-depth=2",
                "--resource-path=" + project.resolve("book")));
        try (var css = Files.list(project.resolve("styles"))) {
            css.filter(p -> p.toString().endsWith(".css")).sorted().forEach(p -> command.add("--css=" + p));
        }
        command.addAll(List.of("-o", work.resolve("out").resolve(name + "-pandoc.epub").toString(), input.resolve("book.html").toString()));
        return command;
    }

    private Map<String, String> cacheEnv(String name) {
        return Map.of("XDG_CACHE_HOME", work.resolve("cache").resolve(name).toString());
    }

    static Path firstEditedChapter(Path project) throws IOException {
        try (var files = Files.list(project.resolve("book"))) {
            return files.filter(p -> p.getFileName().toString().startsWith(SyntheticBooks.EDITED_CHAPTER_COPY)).sorted()
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("Révision ");
                        } catch (IOException e) {
                            return false;
                        }
                    }).findFirst().orElseThrow(() -> new IOException("no chapter to edit in " + project));
        }
    }

    /** Changes one chapter's text (its revision line), as an editor would before rebuilding. */
    static void edit(Path chapter, int revision) {
        try {
            String text = Files.readString(chapter, StandardCharsets.UTF_8);
            Files.writeString(chapter, text.replaceFirst("Révision \\d+ ", "Révision " + revision + " "), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static void delete(Path dir) {
        try {
            FileTrees.deleteRecursively(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static String sizeOf(Path dir) {
        try (var files = Files.walk(dir)) {
            long bytes = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
            return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
        } catch (IOException e) {
            return "?";
        }
    }
}
