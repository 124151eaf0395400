package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.WrittenNotes;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.Set;

/** Reports ids used twice in a chapter (a link to them would be ambiguous, and EPUBCheck refuses the file). */
public final class IdCheck implements ChapterCheck {

    @Override
    public String name() {
        return "id-check";
    }

    @Override
    public void check(Chapter chapter, CheckContext context) {
        Set<String> seen = new HashSet<>();
        Set<String> reported = new HashSet<>();
        boolean notesFile = WrittenNotes.isNotesFile(chapter.document());
        for (Element element : chapter.document().select("[id]")) {
            String id = element.id();
            if (!seen.add(id) && reported.add(id)) {
                context.report().error(MessageId.XHTML_005, chapter.at(element), id);
            }
            // a notes file is not copied, and a note reference is replaced by the builder's: their ids go with them
            boolean replaced = notesFile || element.normalName().equals("a") && (element.attr("epub:type").contains("noteref")
                    || element.attr("role").strip().equals("doc-noteref"));
            if (!replaced && id.matches("note-\\d+|noteref-\\d+")) {
                // these ids are the builder's own, for note links; an editor's id of that form would collide
                context.report().error(MessageId.XHTML_005, chapter.at(element), id + "' (reserved for notes");
            }
        }
    }
}
