package fr.brochures.ebook.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The notes a synthetic book adds to each copy of the chapters (12 a copy, to the brochure's 8), spread evenly over
 * the copy's paragraphs: a long book then has a thousand notes to number and gather, as real long books do. One
 * instance goes through the copies in order, chapter after chapter ({@link #startCopy}, then {@link #addTo}).
 */
final class ExtraNotes {

    /** The end of a paragraph: a note is added just before some of them. */
    static final Pattern PARAGRAPH_END = Pattern.compile("</p>");
    private static final int PER_COPY = 12;

    private final int stride;
    private int copy;
    private int paragraph;
    private int added;

    private ExtraNotes(int stride) {
        this.stride = stride;
    }

    /** Notes for copies of chapters that have {@code paragraphs} paragraphs in all. */
    static ExtraNotes spreadOver(int paragraphs) {
        return new ExtraNotes(Math.max(1, paragraphs / PER_COPY));
    }

    /** Starts copy {@code copy}: its notes are counted, and its paragraphs too, from the first. */
    void startCopy(int copy) {
        this.copy = copy;
        this.paragraph = 0;
        this.added = 0;
    }

    /** The next chapter of the current copy, with the notes that fall in its paragraphs. */
    String addTo(String text) {
        StringBuilder withNotes = new StringBuilder();
        Matcher p = PARAGRAPH_END.matcher(text);
        int last = 0;
        while (p.find()) {
            withNotes.append(text, last, p.start());
            if (paragraph % stride == stride / 2 && added < PER_COPY) {
                added++;
                withNotes.append("<span class=\"note\" data-by=\"translator\">Note ajoutée pour le banc d’essai (copie ")
                        .append(copy).append(", note ").append(added)
                        .append(") : elle éprouve la numérotation des notes d’un long livre.</span>");
            }
            paragraph++;
            withNotes.append("</p>");
            last = p.end();
        }
        return withNotes.append(text, last, text.length()).toString();
    }
}
