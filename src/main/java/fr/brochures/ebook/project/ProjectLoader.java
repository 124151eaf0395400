package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.DidYouMean;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Loads a book project folder: book/book.yaml, the chapters it lists, styles/*.css and covers/cover.jpg. */
public final class ProjectLoader {

    /** The metadata file, relative to the project. */
    public static final String METADATA_FILE = "book/book.yaml";
    /** The cover image, relative to the project. */
    public static final String COVER_FILE = "covers/cover.jpg";

    /**
     * The pages the builder writes itself (CoverPage, TitlePage, ColophonPage, NavDocument): no chapter may take their
     * name; the notes page takes another name when a chapter has its own (a notes file such as Standard Ebooks').
     */
    static final Set<String> RESERVED_PAGES = BookFiles.RESERVED_FOR_PAGES;

    /** The files a "Did you mean …?" may suggest for a missing chapter: chapters are written in XHTML or Markdown. */
    private static final Pattern CHAPTER_FILE = Pattern.compile("(?i).+\\.(xhtml|md)");

    private final BuildReport report;

    public ProjectLoader(BuildReport report) {
        this.report = report;
    }

    /** The project at {@code root}, or null when it cannot be a book project at all (reported). */
    public BookProject load(Path root) {
        Path metadataFile = root.resolve(METADATA_FILE);
        if (!Files.isRegularFile(metadataFile)) {
            report.error(MessageId.PRJ_001, Location.none(), ProjectPaths.display(Path.of(""), metadataFile));
            return null;
        }
        String yaml = TextFiles.read(metadataFile, METADATA_FILE, report).orElse(null);
        if (yaml == null) {
            return null;
        }
        MetadataReader.Parsed parsed = new MetadataReader(report, METADATA_FILE).read(yaml);
        if (parsed == null) {
            return null;
        }
        List<ChapterFile> chapters = new ArrayList<>();
        Map<String, String> seen = new HashMap<>();
        Set<String> listed = new HashSet<>(parsed.front());
        listed.addAll(parsed.chapters());
        listed.addAll(parsed.back());
        addChapters(root, parsed, "front", parsed.front(), Part.FRONT, chapters, seen, listed);
        addChapters(root, parsed, "chapters", parsed.chapters(), Part.BODY, chapters, seen, listed);
        addChapters(root, parsed, "back", parsed.back(), Part.BACK, chapters, seen, listed);
        if (parsed.chapters().isEmpty()) {
            report.error(MessageId.META_002, parsed.at("chapters"), "chapters", "chapters: [01-introduction.xhtml]");
        }
        warnUnlisted(root, Set.copyOf(seen.values()));
        Path cover = root.resolve(COVER_FILE);
        if (!Files.isRegularFile(cover)) {
            report.error(MessageId.COVER_001, Location.none(), COVER_FILE);
        }
        return new BookProject(root, parsed.metadata(), List.copyOf(chapters), stylesheets(root), cover);
    }

    private void addChapters(Path root, MetadataReader.Parsed parsed, String key, List<String> names, Part part,
                             List<ChapterFile> chapters, Map<String, String> seen, Set<String> listed) {
        Path bookDir = root.resolve("book");
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            Location where = parsed.at(key + "[" + (i + 1) + "]");
            Path path = ProjectPaths.resolveInside(bookDir, name);
            if (path == null || !ProjectPaths.staysInside(bookDir, path)) {
                report.error(MessageId.LINK_002, where, name);
                continue;
            }
            Optional<String> unusable = unusableChapterName(name);
            if (unusable.isPresent()) {
                report.error(MessageId.PRJ_007, where, name, unusable.get());
                continue;
            }
            String href = ChapterFile.hrefOf(name);
            String earlier = seen.putIfAbsent(href, name);
            if (earlier != null) {
                // x.md and x.xhtml would both be x.xhtml in the EPUB
                report.error(earlier.equals(name) ? MessageId.PRJ_005 : MessageId.PRJ_008, where, name, earlier, href);
                continue;
            }
            if (!Files.isRegularFile(path)) {
                report.error(MessageId.PRJ_002, where, name, closestChapter(bookDir, name, listed));
                continue;
            }
            chapters.add(new ChapterFile(path, name, part));
        }
    }

    /**
     * The chapter file of book/ ({@code .xhtml} or {@code .md}) closest to {@code missing}, among those the reading order
     * does not list already: {@code 01-intro.xhtml} → {@code 01-introduction.xhtml}.
     */
    private static DidYouMean closestChapter(Path bookDir, String missing, Set<String> listed) {
        return DidYouMean.of(ClosestFile.in(bookDir, missing, name -> CHAPTER_FILE.matcher(name).matches() && !listed.contains(name)));
    }

    /** Why {@code name} cannot be a chapter's file name in the EPUB, or empty when it can. */
    static Optional<String> unusableChapterName(String name) {
        if (!isChapterName(name) || name.contains("/")) {
            return Optional.of("a chapter is an .xhtml or .md file directly in book/");
        }
        if (RESERVED_PAGES.contains(ChapterFile.hrefOf(name).toLowerCase(Locale.ROOT))) {
            return Optional.of("the builder writes its own page of that name");
        }
        return ProjectPaths.unsafeName(name);
    }

    /** True for the names chapters may have: XHTML ({@code 01-a.xhtml}) or Markdown ({@code 02-b.md}). */
    private static boolean isChapterName(String name) {
        return name.endsWith(ChapterFile.XHTML) || name.endsWith(ChapterFile.MARKDOWN);
    }

    private void warnUnlisted(Path root, Set<String> listed) {
        try (Stream<Path> files = Files.list(root.resolve("book"))) {
            files.map(p -> p.getFileName().toString())
                    .filter(n -> isChapterName(n) && !listed.contains(n))
                    .sorted()
                    .forEach(n -> report.warning(MessageId.PRJ_006, Location.of("book/" + n), n));
        } catch (IOException e) {
            report.error(MessageId.PRJ_003, Location.of("book"), IoProblems.describe(e));
        }
    }

    private List<Path> stylesheets(Path root) {
        Path styles = root.resolve("styles");
        if (!Files.isDirectory(styles)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(styles)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".css")).sorted().toList();
        } catch (IOException e) {
            report.error(MessageId.PRJ_003, Location.of("styles"), IoProblems.describe(e));
            return List.of();
        }
    }
}
