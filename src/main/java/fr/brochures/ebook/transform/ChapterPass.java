package fr.brochures.ebook.transform;

import fr.brochures.ebook.checks.ActiveContentGuard;
import fr.brochures.ebook.checks.AttributeCheck;
import fr.brochures.ebook.checks.ChapterCheck;
import fr.brochures.ebook.checks.CheckContext;
import fr.brochures.ebook.checks.IdCheck;
import fr.brochures.ebook.checks.LinkCheck;
import fr.brochures.ebook.checks.StructureCheck;
import fr.brochures.ebook.markdown.MarkdownReader;
import fr.brochures.ebook.checks.StylesheetLinkCheck;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.WrittenNotes;
import fr.brochures.ebook.project.BookFiles;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.project.TextFiles;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.xhtml.XhtmlReader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * One pass over the chapters: each is read, parsed (XHTML) or converted (Markdown), given to the checks (which only report) and then to the transforms
 * in order, and finally the links between the chapters are checked. A file of the reading order whose body is an
 * endnotes section is a notes file ({@link WrittenNotes}): checked and typeset like a chapter, then read as notes, not
 * kept as a chapter. Reading, parsing, the checks and the transforms
 * before the first that needs the reading order run on all cores, chapter by chapter; from that transform on, the
 * chapters go one after the other in reading order (EndnotesTransform numbers the notes across the book,
 * FiguresTransform registers images in order of first use). Each chapter keeps its problems in reports of its own,
 * added to the build's report in the order of a sequential build (every chapter's reading problems, then every
 * chapter's check and transform problems): the output never depends on the threads.
 */
public final class ChapterPass {

    /**
     * The chapter checks, in the order they run: before every transform, so that they see the chapter as its author wrote
     * it, and on all cores, since a check reads nothing but its own chapter.
     */
    public static final List<ChapterCheck> CHECKS = List.of(
            new ActiveContentGuard(),
            new IdCheck(),
            new StructureCheck(),
            new AttributeCheck(),
            new StylesheetLinkCheck());

    /** The chapter transforms, in the order they run, after the checks. */
    public static final List<ChapterTransform> TRANSFORMS = List.of(
            new UndeclaredPrefixesTransform(),
            new TypographyTransform(),
            new EndnotesTransform(),
            new FiguresTransform(),
            new QuestionsTransform(),
            new AriaRolesTransform(),
            new ChapterShellTransform());

    /**
     * The transforms that must see the chapters one after the other in reading order, because they share the build's
     * notes or image catalogue; the transforms listed before the first of them run on all cores, so a transform that
     * shares anything between chapters goes after it, or in this set.
     */
    private static final Set<Class<? extends ChapterTransform>> IN_READING_ORDER = Set.of(EndnotesTransform.class, FiguresTransform.class);

    private final TransformContext context;

    public ChapterPass(TransformContext context) {
        this.context = context;
    }

    /** The project's chapters, read, checked and transformed, in reading order; unreadable ones are left out, their problems reported. */
    public List<Chapter> run() {
        List<ChapterFile> files = context.project().chapters();
        int parallel = transformsBeforeReadingOrder();
        List<ChapterWork> work = IntStream.range(0, files.size()).parallel()
                .mapToObj(i -> readCheckAndTransform(files.get(i), parallel)).toList();
        work.forEach(w -> context.report().addAll(w.readReport));
        WrittenNotes written = context.endnotes().written();
        work.stream().map(ChapterWork::chapter).filter(c -> c != null && WrittenNotes.isNotesFile(c.document()))
                .forEach(written::addFile);
        context.endnotes().placeAt(BookFiles.notesPage(files.stream().map(ChapterFile::name)
                .filter(name -> !written.isNotesFile(name)).toList()));
        List<Chapter> chapters = new ArrayList<>();
        for (ChapterWork w : work) {
            if (w.chapter != null && !written.isNotesFile(w.chapter.href())) {
                apply(TRANSFORMS.subList(parallel, TRANSFORMS.size()), w.chapter, context.reportingTo(w.transformReport));
                chapters.add(w.chapter);
            }
            context.report().addAll(w.transformReport);
        }
        new WrittenNoteLinks(context.endnotes(), context.report()).rewrite(chapters);
        LinkCheck.check(chapters, unchecked(files, chapters, written), context.report());
        return chapters;
    }

    /**
     * Links into the generated pages but the notes page, into notes files (their links are the notes'), and into
     * chapters already reported as unreadable, are not checked (again).
     */
    private static Set<String> unchecked(List<ChapterFile> files, List<Chapter> chapters, WrittenNotes written) {
        Set<String> unchecked = new HashSet<>(BookFiles.RESERVED_FOR_PAGES);
        unchecked.addAll(written.files());
        files.stream().map(ChapterFile::href)
                .filter(name -> chapters.stream().noneMatch(c -> c.href().equals(name)))
                .forEach(unchecked::add);
        return unchecked;
    }

    /** One chapter on its way: its tree (null when unreadable) and its problems. */
    private record ChapterWork(Chapter chapter, BuildReport readReport, BuildReport transformReport) {
    }

    private ChapterWork readCheckAndTransform(ChapterFile file, int transforms) {
        BuildReport readReport = new BuildReport();
        BuildReport transformReport = new BuildReport();
        String shown = context.project().display(file.path());
        Chapter chapter = TextFiles.read(file.path(), shown, readReport)
                .flatMap(text -> read(file, text, shown, readReport))
                .orElse(null);
        if (chapter != null) {
            CheckContext checking = new CheckContext(context.project(), transformReport);
            CHECKS.forEach(check -> check.check(chapter, checking));
            apply(TRANSFORMS.subList(0, transforms), chapter, context.reportingTo(transformReport));
        }
        return new ChapterWork(chapter, readReport, transformReport);
    }

    /**
     * The chapter's tree, read by the reader of its kind: a Markdown chapter is converted into the tree an XHTML chapter
     * gives (and flexmark is loaded only when a book has one), so the checks and transforms never tell them apart.
     */
    private Optional<Chapter> read(ChapterFile file, String text, String shown, BuildReport readReport) {
        if (file.markdown()) {
            return new MarkdownReader(readReport).read(text, file, shown, context.project().metadata().language());
        }
        return new XhtmlReader(readReport).read(text, shown)
                .map(document -> new Chapter(file.href(), file.part(), shown, document));
    }

    private static void apply(List<ChapterTransform> transforms, Chapter chapter, TransformContext context) {
        for (ChapterTransform transform : transforms) {
            transform.apply(chapter, context);
        }
    }

    /** How many transforms, from the first, only read and change their own chapter (and may run in parallel). */
    private static int transformsBeforeReadingOrder() {
        for (int i = 0; i < TRANSFORMS.size(); i++) {
            if (IN_READING_ORDER.contains(TRANSFORMS.get(i).getClass())) {
                return i;
            }
        }
        return TRANSFORMS.size();
    }
}
