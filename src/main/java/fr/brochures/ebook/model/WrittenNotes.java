package fr.brochures.ebook.model;

import fr.brochures.ebook.project.ProjectPaths;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notes a book keeps in notes files, as Standard Ebooks, pandoc and most EPUBs do: a file of the reading order whose
 * body is an endnotes section ({@code <section epub:type="endnotes">} holding an {@code <ol>} of
 * {@code <li id="note-1" epub:type="endnote">}), referenced from the text by links ({@code <a href="endnotes.xhtml#note-1"
 * epub:type="noteref">1</a>}). Such a file is read as notes, not copied as a chapter: each note waits here, by its
 * file and id, until the text references it and it takes its number among the book's notes.
 */
public final class WrittenNotes {

    private final Map<String, Chapter> files = new LinkedHashMap<>();
    private final Map<String, Map<String, Written>> notes = new LinkedHashMap<>();

    /** One note of a notes file: its element, the file it is written in, and its number once the text references it. */
    public static final class Written {
        private final Element element;
        private final Chapter file;
        private Note numbered;

        Written(Element element, Chapter file) {
            this.element = element;
            this.file = file;
        }

        /** The note's element ({@code li}), as the notes file has it. */
        public Element element() {
            return element;
        }

        /** The notes file it is written in (for its places in messages). */
        public Chapter file() {
            return file;
        }

        /** The note as numbered among the book's notes, once the text has referenced it. */
        public Optional<Note> numbered() {
            return Optional.ofNullable(numbered);
        }

        /** Records the number the text's first reference gave the note. */
        public void number(Note note) {
            this.numbered = note;
        }
    }

    /**
     * True when {@code document}'s body is an endnotes section: the body typed {@code endnotes} (or {@code footnotes},
     * or with the role {@code doc-endnotes}), or holding nothing but one element so typed.
     */
    public static boolean isNotesFile(Document document) {
        Element body = document.selectFirst("html > body");
        if (body == null) {
            return false;
        }
        if (isNotesSection(body)) {
            return true;
        }
        boolean onlyElements = body.textNodes().stream().allMatch(org.jsoup.nodes.TextNode::isBlank);
        return onlyElements && body.childrenSize() == 1 && isNotesSection(body.child(0));
    }

    private static boolean isNotesSection(Element element) {
        String type = " " + element.attr("epub:type").strip() + " ";
        return type.contains(" endnotes ") || type.contains(" footnotes ") || element.attr("role").strip().equals("doc-endnotes");
    }

    /** Records the notes of a notes file: each {@code li} with an id in an {@code ol} of its endnotes section. */
    public void addFile(Chapter file) {
        files.put(file.href(), file);
        Map<String, Written> byId = new LinkedHashMap<>();
        for (Element note : file.document().select("body ol > li[id]")) {
            byId.putIfAbsent(note.id(), new Written(note, file));
        }
        notes.put(file.href(), byId);
    }

    /**
     * The file a link written in the book file {@code from} leads to, as its name inside the book (the link's own file
     * for {@code #id}); empty when it is no path inside book/ (a web address, {@code ../}).
     */
    public static Optional<String> target(String href, String from) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        if (file.isEmpty()) {
            return Optional.of(from);
        }
        Path book = Path.of("book");
        return ProjectPaths.decodeUrlPath(file).map(decoded -> ProjectPaths.resolveInside(book, decoded))
                .map(path -> book.relativize(path).toString().replace('\\', '/'));
    }

    /** The id a link leads to ({@code note-3} in {@code endnotes.xhtml#note-3}), empty text when it names none. */
    public static String fragment(String href) {
        int hash = href.indexOf('#');
        return hash < 0 ? "" : href.substring(hash + 1);
    }

    /** True when {@code href} (a file name inside the book) is a notes file. */
    public boolean isNotesFile(String href) {
        return files.containsKey(href);
    }

    /** The note {@code id} of the notes file {@code href}, if it has one. */
    public Optional<Written> find(String href, String id) {
        return Optional.ofNullable(notes.getOrDefault(href, Map.of()).get(id));
    }

    /** The names of the notes files, in reading order. */
    public List<String> files() {
        return List.copyOf(files.keySet());
    }

    /** The notes the text never referenced, in the order of their files. */
    public List<Written> unreferenced() {
        List<Written> left = new ArrayList<>();
        notes.values().forEach(byId -> byId.values().stream().filter(w -> w.numbered == null).forEach(left::add));
        return left;
    }
}
