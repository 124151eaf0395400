package fr.brochures.ebook.markdown;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Gives a Markdown chapter the sections an XHTML chapter has: each {@code ##} heading opens a {@code <section>} that
 * runs to the next heading of its level or above, a {@code ###} one nested inside it, and so on (as pandoc's
 * section-divs), so that screen readers and reading systems see the same structure in both kinds of chapters. The
 * headings keep their ids; an id on a heading is what puts it in the contents.
 */
final class Sections {

    /** The level a new section counts as: any heading after it closes it at its own level. */
    private static final int SECTION = 1;

    private Sections() {
    }

    /** Nests the headings {@code ##} to {@code ######} among {@code container}'s children into sections. */
    static void nest(Element container) {
        nest(container, 2);
    }

    private static void nest(Element container, int level) {
        if (level > 6) {
            return;
        }
        List<Element> opened = new ArrayList<>();
        Element section = null;
        for (Node child : new ArrayList<>(container.childNodes())) {
            int childLevel = levelOf(child);
            if (childLevel == level) {
                section = new Element("section");
                child.before(section);
                section.appendText("\n"); // a line of its own for the heading, as hand-written XHTML has it
                opened.add(section);
            } else if (childLevel > 0 && childLevel < level) {
                section = null;
            }
            if (section != null) {
                section.appendChild(child);
            }
        }
        nest(container, level + 1); // deeper headings before the first of this level
        for (Element s : opened) {
            nest(s, level + 1);
        }
    }

    /** A heading's level, {@link #SECTION} for a section made here, 0 for anything else. */
    private static int levelOf(Node node) {
        if (!(node instanceof Element element)) {
            return 0;
        }
        String name = element.normalName();
        if (name.equals("section")) {
            return SECTION;
        }
        return name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6' ? name.charAt(1) - '0' : 0;
    }
}
