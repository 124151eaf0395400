package fr.brochures.ebook.xhtml;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.api.Test;

import java.util.List;

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

    /** A chapter whose innermost element is at {@code levels} (html 1, body 2, then divs), one div a line. */
    private static String nested(int levels) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head>\n<body>\n"
                + "<div>\n".repeat(levels - 2) + "x" + "</div>".repeat(levels - 2) + "</body></html>";
    }

    @Test
    void aThousandLevelsAreReadAndTheThousandAndFirstIsAnErrorAtItsLine() {
        assertTrue(new XhtmlReader(report).read(nested(1000), "book/deep.xhtml").isPresent(), () -> report.problems().toString());
        assertTrue(new XhtmlReader(report).read(nested(1001), "book/deep.xhtml").isEmpty());
        List<Problem> problems = report.problems();
        assertEquals(1, problems.size(), problems::toString);
        assertEquals("XHTML-011", problems.get(0).id().code());
        // html and head on line 1, body on line 2, the n-th div (level 2 + n) on line 2 + n
        assertEquals("book/deep.xhtml", problems.get(0).location().file());
        assertEquals(1001, problems.get(0).location().line());
    }
}
