package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.Note;
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
        Chapter first = chapter("a.xhtml", "<p>Un<span class=\"note\" data-by=\"translator\">La note <i>un</i>.</span> deux.</p>");
        Chapter second = chapter("b.xhtml", "<p>Trois<span class=\"note\" data-by=\"author\">La note deux.</span>.</p>");
        new EndnotesTransform().apply(first, context);
        new EndnotesTransform().apply(second, context);
        Element ref = second.document().selectFirst("a");
        assertEquals("endnotes.xhtml#note-2", ref.attr("href"));
        assertEquals("noteref-2", ref.id());
        assertEquals("noteref", ref.attr("epub:type"));
        assertEquals("doc-noteref", ref.attr("role"));
        assertEquals("2", ref.text());
        assertEquals(NoteKind.TRANSLATOR, context.endnotes().all().get(0).kind());
        assertEquals("La note <i>un</i>.", context.endnotes().all().get(0).contentXhtml());
        assertEquals("b.xhtml", context.endnotes().all().get(1).chapterHref());
        assertTrue(report.problems().isEmpty(), report.problems().toString());
    }

    @Test
    void reportsEmptyNotesUnknownAuthorsBlocksAndHandTypedReferences() {
        Chapter chapter = chapter("c.xhtml", "<p>a<span class=\"note\" data-by=\"translator\"> </span>"
                + "b<span class=\"note\" data-by=\"editor\">x</span>"
                + "c<span class=\"note\" data-by=\"author\"><h2>titre</h2></span>"
                + "d<a href=\"endnotes.xhtml#note-9\" epub:type=\"noteref\">9</a></p>");
        new EndnotesTransform().apply(chapter, context);
        for (MessageId id : new MessageId[] {MessageId.NOTE_001, MessageId.NOTE_003, MessageId.NOTE_004, MessageId.NOTE_002}) {
            assertTrue(report.has(id), id + " in " + report.problems());
        }
        assertTrue(context.endnotes().all().isEmpty());
    }

    @Test
    void aNoteOfParagraphsQuotationsAndListsKeepsThem() {
        Chapter chapter = chapter("d.xhtml", "<p>Un<span class=\"note\" data-by=\"author\"><p>Premier paragraphe.</p>"
                + "<blockquote><p>Citation.</p></blockquote><ol><li>un</li><li>deux</li></ol><p>Fin.</p></span>.</p>");
        new EndnotesTransform().apply(chapter, context);
        assertTrue(report.problems().isEmpty(), report.problems().toString());
        Note note = context.endnotes().all().get(0);
        assertTrue(note.blocks());
        assertEquals("<p>Premier paragraphe.</p>\n<blockquote><p>Citation.</p></blockquote>\n<ol><li>un</li><li>deux</li></ol>"
                + "\n<p>Fin.</p>", note.contentXhtml());
    }

    @Test
    void aNoteMixingTextAndBlocksOrHoldingAHeadingIsRefusedAtItsPlace() {
        Chapter chapter = chapter("e.xhtml", "<p>a<span class=\"note\" data-by=\"author\">Texte <p>bloc</p></span>"
                + "b<span class=\"note\" data-by=\"author\"><p>x</p><figure><p>y</p></figure></span></p>");
        new EndnotesTransform().apply(chapter, context);
        assertEquals(2, report.problems().stream().filter(p -> p.id() == MessageId.NOTE_004).count(), report.problems().toString());
        assertTrue(context.endnotes().all().isEmpty());
    }

    @Test
    void kobosPopUpRuleIsAWarningForAVeryShortNote() {
        Chapter chapter = chapter("f.xhtml", "<p>a<span class=\"note\" data-by=\"author\">Ibid.</span></p>");
        new EndnotesTransform().apply(chapter, context);
        assertTrue(report.has(MessageId.NOTE_005), report.problems().toString());
        assertEquals(1, context.endnotes().all().size(), "the note is kept");
    }
}
