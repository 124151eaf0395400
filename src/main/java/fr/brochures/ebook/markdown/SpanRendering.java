package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;

import java.util.Set;

/**
 * Writes bracketed text followed by attributes, {@code [the working class]{lang=en}}, as a span with those attributes
 * ({@code <span lang="en">the working class</span>}), as pandoc does. flexmark reads the brackets as a link to a
 * reference that does not exist and would print them as they are, dropping the attributes.
 */
final class SpanRendering implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(new NodeRenderingHandler<>(LinkRef.class, SpanRendering::render));
    }

    /** True when {@code ref} is bracketed text with attributes rather than a link. */
    static boolean isSpan(LinkRef ref) {
        return !ref.isDefined() && AttributesExtension.NODE_ATTRIBUTES.get(ref.getDocument()).containsKey(ref);
    }

    private static void render(LinkRef ref, NodeRendererContext context, HtmlWriter html) {
        if (!isSpan(ref)) {
            context.delegateRender();
            return;
        }
        html.withAttr().tag("span");
        context.renderChildren(ref);
        html.tag("/span");
    }
}
