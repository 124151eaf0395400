package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.TextLanguage;
import fr.brochures.ebook.typography.TypographyRules;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Applies to each text node the typography rules of its own language ({@link TextLanguage}: a passage marked
 * {@code lang="en"} inside a French chapter keeps English typography, that is, is left as typed), to text nodes only:
 * never to markup, attributes or code.
 */
public final class TypographyTransform implements ChapterTransform {

    private static final Set<String> VERBATIM = Set.of("code", "pre", "kbd", "samp", "script", "style", "var");

    @Override
    public String name() {
        return "typography";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        String bookLanguage = context.project().metadata().language();
        Map<String, TypographyRules> rules = new HashMap<>();
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !isVerbatim(text)) {
                String language = TextLanguage.of(text, bookLanguage);
                String changed = rules.computeIfAbsent(language, TypographyRules::forLanguage).apply(text.getWholeText());
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
