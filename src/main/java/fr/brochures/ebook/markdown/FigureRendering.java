package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.util.TextCollectingVisitor;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;

import java.util.Set;

/**
 * Writes a paragraph holding nothing but an image with a title, {@code ![alt](images/x.jpg "Caption")}, as the figure
 * an XHTML author writes: {@code <figure><img src alt/><figcaption>Caption</figcaption></figure>}, the paragraph's
 * attributes ({@code {#id .class}} on the next line) on the figure. Any other image stays an inline {@code <img>}.
 */
final class FigureRendering implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(Paragraph.class, FigureRendering::render),
                new NodeRenderingHandler<>(Image.class, FigureRendering::render));
    }

    /** The image a figure is made of, when {@code paragraph} holds a titled image and nothing else; else null. */
    static Image figureImage(Paragraph paragraph) {
        Node first = paragraph.getFirstChildAnyNot(com.vladsch.flexmark.ast.SoftLineBreak.class);
        if (!(first instanceof Image image) || image.getTitle().isBlank()) {
            return null;
        }
        for (Node n = image.getNext(); n != null; n = n.getNext()) {
            if (!n.getChars().isBlank() && !(n instanceof com.vladsch.flexmark.ext.attributes.AttributesNode)) {
                return null;
            }
        }
        return image;
    }

    private static void render(Paragraph paragraph, NodeRendererContext context, HtmlWriter html) {
        Image image = figureImage(paragraph);
        if (image == null) {
            context.delegateRender();
            return;
        }
        html.withAttr().tagLine("figure", () -> {
            context.render(image);
            html.line();
            // no attributes of its own: the paragraph's (its id) are the figure's
            html.tag("figcaption").text(image.getTitle().unescape()).tag("/figcaption");
            html.line();
        });
    }

    /** The image of a figure, without its title: the title is the caption, and on the image too it would be read twice. */
    private static void render(Image image, NodeRendererContext context, HtmlWriter html) {
        if (!(image.getParent() instanceof Paragraph paragraph) || figureImage(paragraph) != image) {
            context.delegateRender();
            return;
        }
        ResolvedLink link = context.resolveLink(LinkType.IMAGE, image.getUrl().unescape(), null, null);
        html.attr("src", link.getUrl());
        html.attr("alt", new TextCollectingVisitor().collectAndGetText(image));
        html.withAttr(link).tagVoid("img");
    }
}
