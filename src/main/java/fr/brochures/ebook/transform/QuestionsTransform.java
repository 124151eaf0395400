package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import org.jsoup.nodes.Element;

/**
 * Sets interview questions ({@code p.question}) in bold markup, not only by class, so that they stay distinct from the
 * answers when Kobo or Kindle readers turn the publisher's styles off.
 */
public final class QuestionsTransform implements ChapterTransform {

    @Override
    public String name() {
        return "questions";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        for (Element question : chapter.document().select("p.question")) {
            if (question.children().size() == 1 && question.child(0).normalName().equals("strong")
                    && question.ownText().isBlank()) {
                continue;
            }
            Element strong = new Element("strong");
            strong.appendChildren(question.childNodesCopy());
            question.empty().appendChild(strong);
        }
    }
}
