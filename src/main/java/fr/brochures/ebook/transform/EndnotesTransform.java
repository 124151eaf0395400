package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.Note;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.model.SemanticVocabularies;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns each note written in place ({@code <span class="note" data-by="…">}) into a numbered note reference linking to
 * its entry on the endnotes page, following Standard Ebooks' pattern ({@code noteref-N} ↔ {@code note-N}) that e-readers
 * detect to show pop-ups (https://standardebooks.org/manual/latest/7-high-level-structural-patterns#7.10).
 */
public final class EndnotesTransform implements ChapterTransform {

    private static final Set<String> BLOCKS = Set.of("p", "div", "blockquote", "ul", "ol", "li", "figure", "table", "section",
            "aside", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "header", "footer", "dl");

    @Override
    public String name() {
        return "endnotes";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        for (Element handTyped : chapter.document().select("a[epub:type~=noteref], a[role=doc-noteref]")) {
            context.report().error(MessageId.NOTE_002, chapter.at(handTyped), handTyped.outerHtml());
        }
        for (Element span : chapter.document().select("span.note")) {
            if (span.parents().stream().anyMatch(p -> p.hasClass("note"))) {
                continue; // reported with its outer note, which cannot hold another
            }
            NoteKind kind = NoteKind.fromAttribute(span.attr("data-by"));
            if (kind == null) {
                context.report().error(MessageId.NOTE_003, chapter.at(span), span.attr("data-by"));
                continue;
            }
            if (span.text().isBlank()) {
                context.report().error(MessageId.NOTE_001, chapter.at(span));
                continue;
            }
            Element block = span.select("*").stream().skip(1)
                    .filter(e -> BLOCKS.contains(e.normalName()) || e.hasClass("note"))
                    .findFirst().orElse(null);
            if (block != null) {
                context.report().error(MessageId.NOTE_004, chapter.at(block), block.hasClass("note") ? "span class=\"note\"" : block.normalName());
                continue;
            }
            moveLinks(span, chapter);
            Note note = context.endnotes().add(kind, chapter.href(), innerXhtml(span), vocabularies(span, chapter));
            span.replaceWith(reference(note));
        }
    }

    /**
     * A note's links leave the chapter for the endnotes page: a link to a place in the chapter ({@code #id}) gets the
     * chapter's name, and every link is handed to LinkCheck with the place it was written; ids inside a note are dropped,
     * since the endnotes page gathers notes from every chapter and they could clash there.
     */
    private static void moveLinks(Element span, Chapter chapter) {
        span.select("[id]").forEach(e -> e.removeAttr("id"));
        for (Element link : span.select("a[href]")) {
            String href = link.attr("href").strip();
            if (href.startsWith("#")) {
                href = chapter.href() + href;
                link.attr("href", href);
            }
            chapter.addNoteLink(new Chapter.NoteLink(href, chapter.at(link)));
        }
    }

    private static Element reference(Note note) {
        Element link = new Element("a");
        link.attr("href", Endnotes.HREF + "#" + note.noteId());
        link.attr("id", note.referenceId());
        link.attr("epub:type", "noteref");
        link.attr("role", "doc-noteref");
        // the number is also a <sup>, so that it stays a superscript when a reader turns publisher styles off
        link.appendElement("sup").text(String.valueOf(note.number()));
        return link;
    }

    /** The note's content serialised as XHTML, ready to be placed on the endnotes page. */
    private static String innerXhtml(Element span) {
        Document holder = Document.createShell("");
        holder.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8).prettyPrint(false);
        Element body = holder.body();
        for (Node child : span.childNodes()) {
            body.appendChild(child.clone());
        }
        return body.childNodes().stream().map(Node::outerHtml).collect(Collectors.joining()).strip();
    }

    /** The vocabularies of the prefixed epub:type values in the note, as its chapter declares them or the builder knows them. */
    private static java.util.Map<String, String> vocabularies(Element note, Chapter chapter) {
        java.util.Map<String, String> declared = chapter.html().map(SemanticVocabularies::declaredBy).orElse(java.util.Map.of());
        return SemanticVocabularies.resolve(SemanticVocabularies.used(note), declared);
    }
}
