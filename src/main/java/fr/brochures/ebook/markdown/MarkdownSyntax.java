package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * The Markdown the builder reads: CommonMark with footnotes ({@code [^1]}) and attributes ({@code {lang=en}},
 * {@code {#id}}, {@code {.class}}), parsed by flexmark, and the HTML renderer that writes it the way our XHTML chapters
 * are written (notes in place, figures, positions). Parser and renderer are made once and are safe to share between
 * threads; this class is loaded only when a book has a Markdown chapter.
 */
final class MarkdownSyntax {

    private static final DataHolder PARSING = new MutableDataSet()
            .set(Parser.EXTENSIONS, List.of(FootnoteExtension.create(), AttributesExtension.create()))
            .toImmutable();

    private static final Parser PARSER = Parser.builder(PARSING).build();

    /*
     * The renderer leaves out flexmark's footnote renderer, which gathers the notes in a list at the end of the page:
     * NoteRendering writes each note in place instead, as an XHTML author does, and EndnotesTransform numbers them.
     */
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder(new MutableDataSet(PARSING)
                    .set(Parser.EXTENSIONS, List.of(AttributesExtension.create()))
                    // an id given with {#id} on a heading is written; none is made up from the heading's text
                    .set(HtmlRenderer.RENDER_HEADER_ID, true)
                    .set(HtmlRenderer.GENERATE_HEADER_ID, false)
                    .toImmutable())
            .nodeRendererFactory(options -> new NoteRendering())
            .nodeRendererFactory(options -> new FigureRendering())
            .nodeRendererFactory(options -> new SpanRendering())
            .nodeRendererFactory(options -> new InlineXhtmlRendering())
            .attributeProviderFactory(new HeadingIds.Factory())
            .attributeProviderFactory(new PositionAttributes.Factory())
            .build();

    private MarkdownSyntax() {
    }

    /** The Markdown text's syntax tree. */
    static Document parse(String text) {
        return PARSER.parse(text);
    }

    /** The tree as HTML in XHTML syntax: the body's content, every element carrying its Markdown offset. */
    static String render(Document document) {
        return RENDERER.render(document);
    }
}
