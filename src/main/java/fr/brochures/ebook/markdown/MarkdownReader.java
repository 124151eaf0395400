package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.util.ast.Document;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.SourceMap;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.report.BuildReport;

import java.util.Optional;

/**
 * Reads a chapter written in Markdown into the chapter an XHTML file would give, for the same checks and transforms:
 * parses it (MarkdownSyntax), checks what only Markdown can get wrong (its notes, its HTML), renders it with the notes
 * in place and the figures made (NoteRendering, FigureRendering, SpanRendering, InlineXhtmlRendering), and puts it in
 * an XHTML tree (XhtmlTree) whose every element knows its line and column in the Markdown file.
 */
public final class MarkdownReader {

    private final BuildReport report;

    public MarkdownReader(BuildReport report) {
        this.report = report;
    }

    /**
     * The chapter read from {@code text}, the content of {@code file} (shown as {@code shownName}), in a book written in
     * {@code language}; empty after reporting why it cannot be read.
     */
    public Optional<Chapter> read(String text, ChapterFile file, String shownName, String language) {
        SourceLines lines = new SourceLines(shownName, text);
        Document markdown = MarkdownSyntax.parse(text);
        boolean notesFine = new NoteProblems(report, lines).check(markdown);
        boolean htmlFine = new RawHtmlCheck(report, lines).check(markdown);
        if (!notesFine || !htmlFine) {
            return Optional.empty();
        }
        SourceMap places = new SourceMap();
        var document = XhtmlTree.of(MarkdownSyntax.render(markdown), language, file.part(), lines, places);
        return Optional.of(new Chapter(file.href(), file.part(), shownName, document, places));
    }
}
