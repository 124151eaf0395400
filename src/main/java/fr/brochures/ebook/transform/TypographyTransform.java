package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.typography.TypographyRules;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/** Applies the typography rules of the chapter's language to its text nodes only: never to markup, attributes or code. */
public final class TypographyTransform implements ChapterTransform {

    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "var");

    @Override
    public String name() {
        return "typography";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        String language = chapter.language().orElseGet(() -> context.project().metadata().language());
        TypographyRules rules = TypographyRules.forLanguage(language);
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !isVerbatim(text)) {
                String changed = rules.apply(text.getWholeText());
                if (!changed.equals(text.getWholeText())) {
                    text.text(changed);
                }
            }
        }, chapter.document());
    }

    private static boolean isVerbatim(TextNode text) {
        for (Element parent = text.parent(); parent != null; parent = parent.parent()) {
            if (VERBATIM.contains(parent.normalName())) {
                return true;
            }
        }
        return false;
    }
}
