package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

/**
 * Marks every element the renderer writes with the offset in the Markdown text of the construct it comes from
 * ({@code data-md-pos="412"}), so that XhtmlTree can place each element on the Markdown's own line and column before
 * the mark is removed. flexmark's own source positions skip block quotes and lists, and give headings from their text.
 */
final class PositionAttributes implements AttributeProvider {

    /** The attribute that carries the offset from the renderer to the tree; it never reaches a book. */
    static final String ATTRIBUTE = "data-md-pos";

    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        if (part != AttributablePart.ID) {
            attributes.replaceValue(ATTRIBUTE, String.valueOf(node.getStartOffset()));
        }
    }

    /** Makes the provider for each rendering. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
            return new PositionAttributes();
        }
    }
}
