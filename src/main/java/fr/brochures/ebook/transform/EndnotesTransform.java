package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Note;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.model.SemanticVocabularies;
import fr.brochures.ebook.model.WrittenNotes;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.Map;

/**
 * Numbers the book's notes in reading order and turns each into a note reference linking to its entry on the notes
 * page, following Standard Ebooks' pattern ({@code noteref-N} ↔ {@code note-N}) that e-readers detect to show pop-ups
 * (https://standardebooks.org/manual/latest/7-high-level-structural-patterns#7.10). A note is written in place
 * ({@code <span class="note" data-by="…">}), or in a notes file and referenced by a link ({@code <a href="endnotes.xhtml#note-1"
 * epub:type="noteref">}, {@link WrittenNotes}): both kinds take their numbers in the order the text references them.
 * Links to notes other than references are rewritten once every note has its number ({@link WrittenNoteLinks}).
 */
public final class EndnotesTransform implements ChapterTransform {

    @Override
    public String name() {
        return "endnotes";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        for (Element element : chapter.document().select("span.note, a[href]")) {
            if (element.parents().stream().anyMatch(p -> p.normalName().equals("span") && p.hasClass("note"))) {
                continue; // inside a note: reported with it, or moving with it to the notes page
            }
            if (element.normalName().equals("span")) {
                inPlace(element, chapter, context);
            } else {
                reference(element, chapter, context);
            }
        }
    }

    /** A note written where it is referenced. */
    private static void inPlace(Element span, Chapter chapter, TransformContext context) {
        NoteKind kind = NoteKind.fromAttribute(span.attr("data-by"));
        if (kind == null) {
            context.report().error(MessageId.NOTE_003, chapter.at(span), span.attr("data-by"));
            return;
        }
        if (span.text().isBlank()) {
            context.report().error(MessageId.NOTE_001, chapter.at(span));
            return;
        }
        if (!fits(span, chapter, context)) {
            return;
        }
        Note note = number(span, span, kind, chapter, chapter, context);
        span.replaceWith(reference(note, context));
    }

    /** A link: a reference to a note of a notes file becomes the builder's; a hand-typed one to anything else is refused. */
    private static void reference(Element link, Chapter chapter, TransformContext context) {
        boolean noteref = isNoteReference(link);
        String href = link.attr("href").strip();
        String target = WrittenNotes.target(href, chapter.href()).orElse(null);
        WrittenNotes written = context.endnotes().written();
        if (target == null || !written.isNotesFile(target)) {
            if (noteref) {
                context.report().error(MessageId.NOTE_002, chapter.at(link), link.outerHtml());
            }
            return;
        }
        if (!noteref) {
            return; // an ordinary link to a note: rewritten once every note has its number (WrittenNoteLinks)
        }
        WrittenNotes.Written found = written.find(target, WrittenNotes.fragment(href)).orElse(null);
        if (found == null) {
            context.report().error(MessageId.NOTE_006, chapter.at(link), href, target);
            return;
        }
        if (found.numbered().isPresent()) {
            context.report().error(MessageId.NOTE_007, chapter.at(link), href);
            return;
        }
        Element content = found.element().clone();
        content.select("a[epub:type~=backlink], a[role=doc-backlink], a.footnote-back").forEach(EndnotesTransform::removeBacklink);
        // a note made of blocks is checked as a note written in place would be, at its place in the notes file
        if (!fits(found.element(), found.file(), context)) {
            return;
        }
        NoteKind kind = NoteKind.fromAttribute(found.element().attr("data-by"));
        Note note = number(content, found.element(), kind == null ? NoteKind.AUTHOR : kind, chapter, found.file(), context);
        found.number(note);
        link.replaceWith(reference(note, context));
    }

    /** Whether a link is a note reference: Standard Ebooks' and EPUB's {@code noteref}, DPUB-ARIA's, pandoc's class. */
    private static boolean isNoteReference(Element link) {
        return link.attr("epub:type").matches("(?s).*\\bnoteref\\b.*") || link.attr("role").strip().equals("doc-noteref")
                || link.hasClass("footnote-ref");
    }

    /** Drops a notes file's own back link (the builder writes its own), and the space before it. */
    private static void removeBacklink(Element backlink) {
        Node before = backlink.previousSibling();
        if (before instanceof TextNode text) {
            text.text(text.getWholeText().stripTrailing());
        }
        Element block = backlink.parent();
        backlink.remove();
        if (block != null && block.normalName().equals("p") && block.childNodes().stream()
                .allMatch(n -> n instanceof TextNode t && t.isBlank())) {
            block.remove();
        }
    }

    /** Whether the note is fit for the notes page (reported where it is written otherwise). */
    private static boolean fits(Element note, Chapter writtenIn, TransformContext context) {
        NoteContent.Misfit misfit = NoteContent.misfit(note);
        if (misfit != null) {
            context.report().error(MessageId.NOTE_004, writtenIn.at(misfit.at()), misfit.what());
            return false;
        }
        return true;
    }

    /**
     * Numbers a note referenced from {@code chapter} and written at {@code place} in {@code writtenIn} (the chapter
     * itself, or a notes file), and says when Kobo will not show it in a pop-up.
     */
    private static Note number(Element content, Element place, NoteKind kind, Chapter chapter, Chapter writtenIn,
                               TransformContext context) {
        int length = NoteContent.textLength(content);
        if (length < NoteContent.KOBO_MIN || length > NoteContent.KOBO_MAX) {
            context.report().warning(MessageId.NOTE_005, writtenIn.at(place), length, NoteContent.KOBO_MIN, NoteContent.KOBO_MAX);
        }
        moveLinks(content, writtenIn, chapter);
        return context.endnotes().add(kind, chapter.href(), NoteContent.innerXhtml(content), vocabularies(content, writtenIn),
                NoteContent.blocks(content));
    }

    /**
     * A note's links leave their file for the notes page: a link to a place in that file ({@code #id}) gets the file's
     * name, and every link is handed to LinkCheck with the place it was written (as a link of {@code chapter}, the one
     * referencing the note); ids inside a note are dropped, since the notes page gathers notes from every chapter and
     * they could clash there.
     */
    private static void moveLinks(Element note, Chapter writtenIn, Chapter chapter) {
        note.select("[id]").forEach(e -> e.removeAttr("id"));
        for (Element link : note.select("a[href]")) {
            String href = link.attr("href").strip();
            if (href.startsWith("#")) {
                href = writtenIn.href() + href;
                link.attr("href", href);
            }
            chapter.addNoteLink(new Chapter.NoteLink(href, writtenIn.at(link)));
        }
    }

    private static Element reference(Note note, TransformContext context) {
        Element link = new Element("a");
        link.attr("href", context.endnotes().href() + "#" + note.noteId());
        link.attr("id", note.referenceId());
        link.attr("epub:type", "noteref");
        link.attr("role", "doc-noteref");
        // the number is also a <sup>, so that it stays a superscript when a reader turns publisher styles off
        link.appendElement("sup").text(String.valueOf(note.number()));
        return link;
    }

    /** The vocabularies of the prefixed epub:type values in the note, as its file declares them or the builder knows them. */
    private static Map<String, String> vocabularies(Element note, Chapter writtenIn) {
        Map<String, String> declared = writtenIn.html().map(SemanticVocabularies::declaredBy).orElse(Map.of());
        return SemanticVocabularies.resolve(SemanticVocabularies.used(note), declared);
    }
}
