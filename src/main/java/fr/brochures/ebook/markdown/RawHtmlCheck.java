package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Severity;
import fr.brochures.ebook.xhtml.StartTags;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the HTML written in a Markdown chapter, before it is rendered. XHTML tags inside a paragraph
 * ({@code 1<sup>er</sup>}, {@code <abbr title="…">}) are read: each must be well-formed XML and closed inside the same
 * paragraph, emphasis or span, so that the chapter put together is well-formed and each problem is reported at its tag.
 * HTML blocks are refused: they would be a second way of writing what Markdown writes, read by no one's rules. Comments
 * are fine (and left out of the book).
 */
final class RawHtmlCheck {

    private static final Pattern END_TAG = Pattern.compile("</\\s*([^\\s>/]+)\\s*>");
    private static final Pattern START_TAG = Pattern.compile("<([A-Za-z][^\\s>/]*)[^>]*>", Pattern.DOTALL);

    private final BuildReport report;
    private final SourceLines lines;
    private StartTags startTags;

    RawHtmlCheck(BuildReport report, SourceLines lines) {
        this.report = report;
        this.lines = lines;
    }

    /** Reports every HTML block and every inline tag that is not well-formed or not closed in its place; true when none is. */
    boolean check(Document document) {
        long errors = report.count(Severity.ERROR);
        for (Node node : document.getDescendants()) {
            if (node instanceof HtmlBlock && !(node instanceof HtmlCommentBlock)) {
                report.error(MessageId.MD_006, lines.at(node.getStartOffset()), firstLine(node.getChars().toString()));
            } else if (node.getFirstChild() != null && !(node instanceof HtmlBlock)) {
                checkInline(node);
            }
        }
        return report.count(Severity.ERROR) == errors;
    }

    /** The tags among {@code parent}'s children open and close in order, each well-formed. */
    private void checkInline(Node parent) {
        Deque<HtmlInline> open = new ArrayDeque<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof HtmlInline tag) || child instanceof HtmlInlineComment) {
                continue;
            }
            String text = tag.getChars().toString();
            Matcher end = END_TAG.matcher(text);
            if (end.matches()) {
                HtmlInline opened = open.peek();
                if (opened == null || !nameOf(opened).equals(end.group(1))) {
                    problem(tag, text + " closes " + (opened == null ? "no tag opened before it" : firstLine(opened.getChars().toString())
                            + ", opened at " + lines.at(opened.getStartOffset())));
                } else {
                    open.pop();
                }
            } else if (!START_TAG.matcher(text).matches()) {
                problem(tag, text + " is not a tag (declarations, processing instructions and CDATA sections are not read)");
            } else {
                startTags().problemIn(text).ifPresent(wrong -> problem(tag, wrong));
                if (!text.endsWith("/>")) {
                    open.push(tag); // even when malformed: its end tag closes it, and is no second problem
                }
            }
        }
        for (var unclosed = open.descendingIterator(); unclosed.hasNext(); ) {
            HtmlInline tag = unclosed.next();
            problem(tag, firstLine(tag.getChars().toString()) + " is not closed in the same paragraph or span");
        }
    }

    private void problem(HtmlInline tag, String what) {
        report.error(MessageId.MD_007, lines.at(tag.getStartOffset()), what);
    }

    private StartTags startTags() {
        if (startTags == null) {
            startTags = new StartTags();
        }
        return startTags;
    }

    private static String nameOf(HtmlInline startTag) {
        Matcher start = START_TAG.matcher(startTag.getChars().toString());
        return start.matches() ? start.group(1) : "";
    }

    private static String firstLine(String html) {
        String line = html.strip().lines().findFirst().orElse("");
        return line.length() > 60 ? line.substring(0, 59) + "…" : line;
    }
}
