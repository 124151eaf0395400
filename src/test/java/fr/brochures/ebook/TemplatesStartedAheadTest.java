package fr.brochures.ebook;

import fr.brochures.ebook.pages.PageRenderer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The template engine started while the command line is read is the next builder's, and only its. */
class TemplatesStartedAheadTest {

    @Test
    void theNextBuilderTakesTheEngineStartedAheadWithTheRenderersTemplatesParsed() {
        BookBuilder.startTemplates();
        CompletableFuture<PageRenderer> ahead = BookBuilder.STARTED_AHEAD.get();
        BookBuilder.startTemplates();
        assertSame(ahead, BookBuilder.STARTED_AHEAD.get(), "started once");

        BookBuilder first = new BookBuilder();
        BookBuilder second = new BookBuilder();

        assertSame(ahead.join(), first.templates());
        assertNull(BookBuilder.STARTED_AHEAD.get(), "taken");
        assertNotSame(first.templates(), second.templates(), "the next builder starts its own");
        assertTrue(first.templates().parsedTemplates().containsAll(Renderers.TEMPLATES));
    }
}
