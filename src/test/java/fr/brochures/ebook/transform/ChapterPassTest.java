package fr.brochures.ebook.transform;

import fr.brochures.ebook.checks.ChapterCheck;
import fr.brochures.ebook.checks.CheckContext;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pass runs the checks before the transforms, and a check reports without changing the chapter. */
class ChapterPassTest {

    /** A chapter with something for every check to find: scripts, a remote image, a doubled id, misplaced blocks, a missing stylesheet… */
    private static final String FAULTY = "<html lang=\"fr\" xml:lang=\"en\"><head><title>Un</title><title>Deux</title>"
            + "<link rel=\"stylesheet\" href=\"../styles/livre.css\"/></head>"
            + "<body onload=\"go()\"><h1 id=\"a\">Titre</h1><p id=\"a\">Texte <div>bloc</div> <a href=\"javascript:x()\">ici</a></p>"
            + "<script>alert(1)</script><img src=\"http://example.org/a.jpg\"/><p style=\"background: url(//x/y.png)\">Fond</p>"
            + "<p id=\"note-1\" role=\"doc-chapter\" truc=\"1\"><time>hier</time></p><ul>texte<li>un</li></ul></body></html>";

    @Test
    void theChecksReportWithoutChangingTheChapter() {
        Chapter chapter = new Chapter("a.xhtml", Part.BODY, "book/a.xhtml", Jsoup.parse(FAULTY, "", Parser.xmlParser()));
        String before = chapter.document().outerHtml();
        BuildReport report = new BuildReport();
        BookProject project = new BookProject(Path.of("p"), null, List.of(), List.of(Path.of("p/styles/book.css")), null);
        for (ChapterCheck check : ChapterPass.CHECKS) {
            check.check(chapter, new CheckContext(project, report));
        }
        assertEquals(before, chapter.document().outerHtml());
        for (MessageId id : List.of(MessageId.XHTML_002, MessageId.XHTML_003, MessageId.XHTML_005, MessageId.XHTML_008,
                MessageId.XHTML_009, MessageId.XHTML_010, MessageId.CSS_004)) {
            assertTrue(report.has(id), id.toString());
        }
    }

    @Test
    void theChecksRunInTheirFormerOrderBeforeTheTransforms() {
        // their order is the order of their messages in every build (the golden books compare them)
        assertEquals(List.of("active-content-guard", "id-check", "structure-check", "attribute-check", "stylesheet-link-check"),
                ChapterPass.CHECKS.stream().map(ChapterCheck::name).toList());
        // values nobody declares leave first, so that no note carries one to the notes page
        assertEquals(List.of("undeclared-prefixes", "typography", "endnotes"),
                ChapterPass.TRANSFORMS.subList(0, 3).stream().map(ChapterTransform::name).toList());
    }
}
