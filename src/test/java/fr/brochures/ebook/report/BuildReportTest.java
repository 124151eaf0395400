package fr.brochures.ebook.report;

import org.junit.jupiter.api.Test;

import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BuildReportTest {

    @Test
    void warningsFailOnlyStrictBuildsAndNotesNever() {
        BuildReport report = new BuildReport();
        report.note(MessageId.META_005, Location.of("book/book.yaml"));
        assertFalse(report.fails(true));
        report.warning(MessageId.META_004, Location.of("book/book.yaml"), "titel", "");
        assertFalse(report.fails(false));
        assertTrue(report.fails(true));
        report.error(MessageId.XHTML_006, Location.of("book/a.xhtml"));
        assertTrue(report.fails(false));
    }

    @Test
    void formatsFileLineColumnSeverityAndCode() {
        Problem problem = new Problem(MessageId.XHTML_005, Severity.ERROR, new Location("book/a.xhtml", 3, 7), "x");
        assertEquals("book/a.xhtml:3:7: error [XHTML-005] " + problem.text(), problem.format());
        assertTrue(problem.text().contains("'x'"), problem.text());
    }

    @Test
    void everyCodeHasAText() {
        ResourceBundle texts = ResourceBundle.getBundle("messages");
        for (MessageId id : MessageId.values()) {
            assertTrue(texts.containsKey(id.name()), "messages.properties lacks " + id.name());
        }
    }
}
