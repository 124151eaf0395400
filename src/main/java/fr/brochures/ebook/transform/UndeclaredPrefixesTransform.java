package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.SemanticVocabularies;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Leaves out of the book the {@code epub:type} values whose prefix neither the chapter declares nor the builder knows
 * (AttributeCheck warns about each, at its line): a reading system cannot tell what they mean, and EPUBCheck refuses
 * a document using an undeclared prefix. Runs before the notes leave their chapter, so that the notes page never
 * carries one either.
 */
public final class UndeclaredPrefixesTransform implements ChapterTransform {

    @Override
    public String name() {
        return "undeclared-prefixes";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        Map<String, String> declared = chapter.html().map(SemanticVocabularies::declaredBy).orElse(Map.of());
        for (Element typed : chapter.document().select("[epub:type]")) {
            String kept = Arrays.stream(typed.attr("epub:type").strip().split("\\s+"))
                    .filter(token -> {
                        String prefix = SemanticVocabularies.prefixOf(token);
                        return prefix == null || SemanticVocabularies.uri(prefix, declared) != null;
                    })
                    .collect(Collectors.joining(" "));
            if (kept.isEmpty()) {
                typed.removeAttr("epub:type");
            } else if (!kept.equals(typed.attr("epub:type"))) {
                typed.attr("epub:type", kept);
            }
        }
    }
}
