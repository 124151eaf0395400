package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import fr.brochures.ebook.model.NoteKind;

import java.util.Locale;
import java.util.Set;

/**
 * Writes each Markdown note where it is referenced, as the note an XHTML author writes in place:
 * {@code [^tr-1]} with {@code [^tr-1]: Le 6 janvier.} becomes {@code <span class="note" data-by="translator">Le 6
 * janvier.</span>} at the reference, which EndnotesTransform then numbers with the book's other notes. The definitions
 * themselves write nothing where they stand. The label says who wrote the note (see {@link #kindOf}).
 */
final class NoteRendering implements NodeRenderer {

    /** The label prefix of a translators' note: {@code [^tr-1]}, {@code [^tr-date]}. */
    static final String TRANSLATOR_PREFIX = "tr-";
    /** The label prefix of an author's note, for who wants to say so: {@code [^au-1]}. */
    static final String AUTHOR_PREFIX = "au-";

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Footnote.class, NoteRendering::render),
                new NodeRenderingHandler<>(FootnoteBlock.class, (block, context, html) -> { }));
    }

    /**
     * Who wrote the note labelled {@code label}: the translators for {@code tr-…}, else the author. A plain label
     * ({@code [^1]}) is the author's: a text's notes are its author's unless the translators mark theirs, and our notes
     * have these two kinds only (data-by="translator" or "author").
     */
    static NoteKind kindOf(String label) {
        return label.toLowerCase(Locale.ROOT).startsWith(TRANSLATOR_PREFIX) ? NoteKind.TRANSLATOR : NoteKind.AUTHOR;
    }

    private static void render(Footnote reference, NodeRendererContext context, HtmlWriter html) {
        FootnoteBlock definition = reference.getFootnoteBlock();
        html.attr("class", "note").attr("data-by", kindOf(reference.getText().toString()).attribute());
        html.withAttr().tag("span");
        // NoteProblems has made sure the definition is one paragraph; its inline content is the note's text
        if (definition != null && definition.getFirstChild() instanceof Paragraph paragraph) {
            context.renderChildren(paragraph);
        }
        html.tag("/span");
    }
}
