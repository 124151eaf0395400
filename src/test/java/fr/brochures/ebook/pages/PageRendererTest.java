package fr.brochures.ebook.pages;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageRendererTest {

    @Test
    void escapesInsertedValuesButNotBuilderMarkup() {
        PageRenderer renderer = new PageRenderer();
        String page = renderer.render("container.xml.vm", Map.of("packagePath", "a\"<b>&c"));
        assertTrue(page.contains("full-path=\"a&quot;&lt;b&gt;&amp;c\""), page);
    }

    @Test
    void escapeCoversXmlSpecialCharacters() {
        assertEquals("&lt;p class=&quot;x&quot;&gt;l&#39;&amp;&lt;/p&gt;", PageRenderer.escape("<p class=\"x\">l'&</p>"));
    }
}
