package fr.brochures.ebook.xhtml;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class XhtmlReaderTest {

    private final BuildReport report = new BuildReport();

    @Test
    void readsWellFormedXhtml() {
        var document = new XhtmlReader(report).read("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>a</p></body></html>", "c.xhtml");
        assertTrue(document.isPresent());
        assertTrue(report.problems().isEmpty());
    }

    @Test
    void reportsMalformedMarkupWithLineAndColumn() {
        new XhtmlReader(report).read("<html>\n<body>\n<p>open</body></html>", "book/c.xhtml");
        Problem problem = report.problems().get(0);
        assertEquals(MessageId.XHTML_001, problem.id());
        assertEquals(3, problem.location().line());
        assertTrue(problem.location().column() > 0);
        assertTrue(problem.format().startsWith("book/c.xhtml:3:"), problem.format());
    }

    @Test
    void neverResolvesEntitiesDeclaredInADoctype() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><html><body>&x;</body></html>";
        var document = new XhtmlReader(report).read(xxe, "c.xhtml");
        assertTrue(document.isEmpty());
        assertTrue(report.has(MessageId.XHTML_004), report.problems().toString());
    }
}
