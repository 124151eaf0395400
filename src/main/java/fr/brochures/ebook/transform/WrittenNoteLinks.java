package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.Note;
import fr.brochures.ebook.model.WrittenNotes;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.util.List;
import java.util.Optional;

/**
 * Once every note has its number, points the links that lead into a notes file at the notes page: a chapter's link to a
 * note ("see note 3") or to the notes file itself, and a note's link to another note (forward as well as back). A link
 * to a note the text never references, or that does not exist, is an error; a note the text never references is left
 * out of the book with a warning.
 */
final class WrittenNoteLinks {

    private final Endnotes endnotes;
    private final BuildReport report;

    WrittenNoteLinks(Endnotes endnotes, BuildReport report) {
        this.endnotes = endnotes;
        this.report = report;
    }

    /** Rewrites the links of {@code chapters} and of every note, and reports the notes nobody references. */
    void rewrite(List<Chapter> chapters) {
        WrittenNotes written = endnotes.written();
        if (written.files().isEmpty()) {
            return;
        }
        for (Chapter chapter : chapters) {
            for (Element link : chapter.document().select("a[href]")) {
                if (!link.attr("epub:type").contains("noteref")) {
                    rewrite(link, chapter.href(), chapter.at(link));
                }
            }
        }
        for (Note note : List.copyOf(endnotes.all())) {
            if (written.files().stream().noneMatch(note.contentXhtml()::contains)) {
                continue;
            }
            Document content = Jsoup.parse("<div>" + note.contentXhtml() + "</div>", "", Parser.xmlParser());
            content.outputSettings().prettyPrint(false).escapeMode(org.jsoup.nodes.Entities.EscapeMode.xhtml);
            content.select("a[href]").forEach(link -> rewrite(link, note.chapterHref(), placeOf(link, note, chapters)));
            endnotes.replaceContent(note.number(), content.child(0).html());
        }
        for (WrittenNotes.Written left : written.unreferenced()) {
            report.warning(MessageId.NOTE_008, left.file().at(left.element()), left.element().id(), left.file().sourceName());
        }
    }

    /** Points {@code link} at the notes page when it leads into a notes file; {@code from} is the file it is read from. */
    private void rewrite(Element link, String from, Location where) {
        String href = link.attr("href").strip();
        String target = WrittenNotes.target(href, from).orElse(null);
        if (target == null || !endnotes.written().isNotesFile(target)) {
            return;
        }
        String id = WrittenNotes.fragment(href);
        if (id.isEmpty()) {
            link.attr("href", endnotes.href());
            return;
        }
        Optional<Note> note = endnotes.written().find(target, id).flatMap(WrittenNotes.Written::numbered);
        if (note.isEmpty()) {
            report.error(MessageId.NOTE_006, where, href, target);
            return;
        }
        link.attr("href", endnotes.href() + "#" + note.get().noteId());
    }

    /** Where a note's link was written: the place its referencing chapter recorded for it, else that chapter's file. */
    private static Location placeOf(Element link, Note note, List<Chapter> chapters) {
        Chapter chapter = chapters.stream().filter(c -> c.href().equals(note.chapterHref())).findFirst().orElse(null);
        if (chapter == null) {
            return Location.none();
        }
        String href = link.attr("href").strip();
        return chapter.noteLinks().stream().filter(l -> l.href().equals(href)).map(Chapter.NoteLink::location).findFirst()
                .orElse(Location.of(chapter.sourceName()));
    }
}
