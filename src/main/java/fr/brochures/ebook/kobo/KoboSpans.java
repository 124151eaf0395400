package fr.brochures.ebook.kobo;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wraps each sentence of a body's text in {@code <span class="koboSpan" id="kobo.P.S">}, P counting text blocks and S
 * sentences within the block, as Kobo's own conversion does; soft hyphens are dropped on the way. No span starts with
 * closing punctuation or a no-break space: text that starts so after an inline element ({@code <em>titre</em> »})
 * keeps that run out of any span, right after the element, so that a reader never breaks the line before it.
 */
final class KoboSpans {

    /**
     * A sentence ends after . ! ? … (and closing quotes or brackets, with the no-break space French puts before them)
     * followed by white space, and the next sentence starts with what may open a span (see {@link #LEADING_CLOSER}).
     */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<=[.!?…](?:[\\s\\u202F\\u00A0]?[»”’)\\]])?)[\\s\\u202F\\u00A0]+(?=[^\\s\\u202F\\u00A0»”’)\\]}.,;:!?…])");
    /** What may not open a span: closing punctuation and quotes, and the no-break spaces French puts before them. */
    private static final Pattern LEADING_CLOSER = Pattern.compile("^[\\u00A0\\u202F»”’)\\]}.,;:!?…]+");
    private static final Set<String> SKIPPED = Set.of("script", "style", "svg", "math", "pre", "code", "img");

    private int block;
    private int segment;
    private Element currentBlock;

    void wrap(Element body) {
        List<TextNode> texts = new ArrayList<>();
        collect(body, texts);
        for (TextNode text : texts) {
            Element owner = blockOf(text);
            if (owner != currentBlock) {
                currentBlock = owner;
                block++;
                segment = 0;
            }
            split(text);
        }
    }

    /**
     * The text nodes under {@code body} in document order, but those inside {@link #SKIPPED} elements. Walked with
     * jsoup's iterative traversal: a recursion would take a stack frame per level of nesting.
     */
    private static void collect(Element body, List<TextNode> texts) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    if (!text.isBlank()) {
                        texts.add(text);
                    }
                    return FilterResult.CONTINUE;
                }
                return node != body && node instanceof Element element && SKIPPED.contains(element.normalName())
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
    }

    private void split(TextNode text) {
        String whole = text.getWholeText().replace("\u00AD", "");
        Matcher closer = LEADING_CLOSER.matcher(whole);
        Node anchor = text;
        int start = 0;
        if (closer.find()) {
            // a closer followed by white space alone is all bare, as blank text is
            start = whole.substring(closer.end()).isBlank() ? whole.length() : closer.end();
            anchor = new TextNode(whole.substring(0, start));
            text.before(anchor);
        }
        Matcher matcher = SENTENCE_END.matcher(whole);
        matcher.region(start, whole.length());
        List<String> parts = new ArrayList<>();
        while (matcher.find()) {
            parts.add(whole.substring(start, matcher.end()));
            start = matcher.end();
        }
        parts.add(whole.substring(start));
        for (String part : parts) {
            if (part.isEmpty()) {
                continue;
            }
            Element span = new Element("span").addClass("koboSpan").attr("id", "kobo." + block + "." + (++segment));
            span.appendChild(new TextNode(part));
            anchor.after(span);
            anchor = span;
        }
        text.remove();
    }

    /** The nearest block-level ancestor: p, li, headings, figcaption… or the body. */
    private static Element blockOf(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            switch (parent.normalName()) {
                case "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "figcaption", "blockquote", "td", "th", "dt", "dd",
                     "div", "section", "aside", "header", "footer", "body" -> {
                    return parent;
                }
                default -> {
                    // inline element: keep climbing
                }
            }
        }
        return null;
    }
}
