package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.NoteKind;
import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EndnotesTransformTest {

    private final BuildReport report = new BuildReport();
    private final TransformContext context = new TransformContext(null, report, Labels.forLanguage("fr"), new Endnotes(), new ImageCatalog());

    private Chapter chapter(String name, String body) {
        Document document = Jsoup.parse("<html><body>" + body + "</body></html>", "", Parser.xmlParser());
        return new Chapter(name, Part.BODY, "book/" + name, document);
    }

    @Test
    void numbersNotesAcrossChaptersAndLinksThemBothWays() {
        Chapter first = chapter("a.xhtml", "<p>Un<span class=\"note\" data-by=\"translator\">Note <i>un</i>.</span> deux.</p>");
        Chapter second = chapter("b.xhtml", "<p>Trois<span class=\"note\" data-by=\"author\">Note deux.</span>.</p>");
        new EndnotesTransform().apply(first, context);
        new EndnotesTransform().apply(second, context);
        Element ref = second.document().selectFirst("a");
        assertEquals("endnotes.xhtml#note-2", ref.attr("href"));
        assertEquals("noteref-2", ref.id());
        assertEquals("noteref", ref.attr("epub:type"));
        assertEquals("doc-noteref", ref.attr("role"));
        assertEquals("2", ref.text());
        assertEquals(NoteKind.TRANSLATOR, context.endnotes().all().get(0).kind());
        assertEquals("Note <i>un</i>.", context.endnotes().all().get(0).contentXhtml());
        assertEquals("b.xhtml", context.endnotes().all().get(1).chapterHref());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
    }

    @Test
    void reportsEmptyNotesUnknownAuthorsBlocksAndHandTypedReferences() {
        Chapter chapter = chapter("c.xhtml", "<p>a<span class=\"note\" data-by=\"translator\"> </span>"
                + "b<span class=\"note\" data-by=\"editor\">x</span>"
                + "c<span class=\"note\" data-by=\"author\"><p>bloc</p></span>"
                + "d<a href=\"endnotes.xhtml#note-9\" epub:type=\"noteref\">9</a></p>");
        new EndnotesTransform().apply(chapter, context);
        for (MessageId id : new MessageId[] {MessageId.NOTE_001, MessageId.NOTE_003, MessageId.NOTE_004, MessageId.NOTE_002}) {
            assertTrue(report.has(id), id + " in " + report.problems());
        }
        assertTrue(context.endnotes().all().isEmpty());
    }
}
