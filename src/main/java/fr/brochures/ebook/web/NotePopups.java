package fr.brochures.ebook.web;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The notes a page refers to, for its pop-ups: each note's entry on the notes page (its kind, its text, its links as
 * the notes page has them), without the back-link, which a pop-up opened from the reference does not need. A page
 * carries them inert (in a {@code template}), so that a browser running the script shows a note without leaving the
 * page, even from a {@code file://} folder where a script may not read another file.
 */
final class NotePopups {

    /** A note as a pop-up shows it: the id of its entry on the notes page, and its content as HTML. */
    public record Popup(String id, String contentXhtml) {
    }

    private final Map<String, Element> entries = new HashMap<>();

    /** The notes of the web edition's notes page (null: the book has none). */
    NotePopups(Document notesPage) {
        if (notesPage != null) {
            for (Element entry : notesPage.select("li[id]")) {
                entries.put(entry.id(), entry);
            }
        }
    }

    /** The notes {@code main} refers to, in the order of their references, each once. */
    List<Popup> of(Element main) {
        List<Popup> popups = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        for (Element reference : main.select(NoteLinkNames.NOTE_REFERENCES)) {
            String href = reference.attr("href");
            String id = href.substring(href.indexOf('#') + 1);
            Element entry = entries.get(id);
            if (entry == null || seen.contains(id)) {
                continue;
            }
            seen.add(id);
            Element copy = entry.clone();
            copy.select(NoteLinkNames.BACKLINKS).remove();
            popups.add(new Popup(id, HtmlDocuments.innerHtml(copy).strip()));
        }
        return popups;
    }
}
