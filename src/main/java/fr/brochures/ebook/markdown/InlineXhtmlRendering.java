package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes the XHTML tags of a Markdown paragraph (checked well-formed by RawHtmlCheck) as they are, each start tag
 * marked with its Markdown offset like the elements the renderer makes, so that a problem with a {@code <span>} typed
 * by hand is reported at that tag. Comments are left out of the book, as flexmark would otherwise copy them; HTML
 * blocks, refused by RawHtmlCheck, write nothing.
 */
final class InlineXhtmlRendering implements NodeRenderer {

    private static final Pattern TAG_NAME = Pattern.compile("^<[A-Za-z][^\\s>/]*");

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(HtmlInline.class, InlineXhtmlRendering::render),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (comment, context, html) -> { }),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (comment, context, html) -> { }),
                new NodeRenderingHandler<>(HtmlBlock.class, (block, context, html) -> { }));
    }

    private static void render(HtmlInline tag, NodeRendererContext context, HtmlWriter html) {
        String text = tag.getChars().toString();
        Matcher name = TAG_NAME.matcher(text);
        if (name.find()) {
            text = name.group() + " " + PositionAttributes.ATTRIBUTE + "=\"" + tag.getStartOffset() + "\"" + text.substring(name.end());
        }
        html.raw(text);
    }
}
