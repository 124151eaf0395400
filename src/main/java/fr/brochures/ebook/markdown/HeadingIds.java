package fr.brochures.ebook.markdown;

import com.vladsch.flexmark.ast.AnchorRefTarget;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.jetbrains.annotations.NotNull;

/**
 * Gives a heading the id written for it ({@code ## Qui cuisinait {#qui-cuisinait}}) and no other. As in an XHTML
 * chapter, a heading with an id gets its entry in the contents and can be linked to; ids made up from the heading's
 * text (flexmark's default) would change with every correction of the text, breaking the links to them.
 */
final class HeadingIds implements AttributeProvider {

    @Override
    public void setAttributes(@NotNull Node node, @NotNull AttributablePart part, @NotNull MutableAttributes attributes) {
        if (part == AttributablePart.ID && node instanceof AnchorRefTarget target && target.isExplicitAnchorRefId()) {
            attributes.replaceValue("id", target.getAnchorRefId());
        }
    }

    /** Makes the provider for each rendering. */
    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public @NotNull AttributeProvider apply(@NotNull LinkResolverContext context) {
            return new HeadingIds();
        }
    }
}
