package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Severity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a Markdown chapter's notes before they are written in place: every reference has a definition in the file,
 * every definition is referenced (else its text would be lost without a word), and each is defined once, with one
 * paragraph of text. Notes of several paragraphs or holding a list, a quotation or code are not supported: our notes
 * are inline text, as XHTML chapters write them.
 */
final class NoteProblems {

    private final BuildReport report;
    private final SourceLines lines;

    NoteProblems(BuildReport report, SourceLines lines) {
        this.report = report;
        this.lines = lines;
    }

    /** Reports every problem of the notes of {@code document}; true when there is none. */
    boolean check(Document document) {
        long errors = report.count(Severity.ERROR);
        Map<String, Location> defined = new HashMap<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Footnote reference && reference.getFootnoteBlock() == null) {
                report.error(MessageId.MD_001, lines.at(reference.getStartOffset()), reference.getText());
            } else if (node instanceof FootnoteBlock definition) {
                checkDefinition(definition, defined);
            }
        }
        return report.count(Severity.ERROR) == errors;
    }

    private void checkDefinition(FootnoteBlock definition, Map<String, Location> defined) {
        String label = definition.getText().toString();
        Location where = lines.at(definition.getStartOffset());
        Location first = defined.putIfAbsent(label.toLowerCase(java.util.Locale.ROOT), where);
        List<Node> blocks = new java.util.ArrayList<>();
        for (Node child = definition.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof BlankLine)) {
                blocks.add(child);
            }
        }
        if (first != null) {
            report.error(MessageId.MD_004, where, label, first.line());
        } else if (definition.getFootnoteReferences() == 0) {
            report.error(MessageId.MD_002, where, label);
        } else if (blocks.isEmpty() || definition.getFootnote().isBlank()) {
            report.error(MessageId.MD_005, where, label);
        } else if (blocks.size() > 1 || !(blocks.get(0) instanceof Paragraph)) {
            Node extra = blocks.size() > 1 ? blocks.get(1) : blocks.get(0);
            report.error(MessageId.MD_003, lines.at(extra.getStartOffset()), label, describe(blocks));
        }
    }

    /** What a note holds, in words: "2 paragraphs", "a list"… */
    private static String describe(List<Node> blocks) {
        if (blocks.stream().allMatch(b -> b instanceof Paragraph)) {
            return blocks.size() + " paragraphs";
        }
        Node block = blocks.stream().filter(b -> !(b instanceof Paragraph)).findFirst().orElseThrow();
        if (block instanceof ListBlock) {
            return "a list";
        }
        if (block instanceof BlockQuote) {
            return "a quotation";
        }
        if (block instanceof CodeBlock || block instanceof FencedCodeBlock || block instanceof IndentedCodeBlock) {
            return "code";
        }
        return "a block (" + block.getNodeName() + ")";
    }
}
