package fr.brochures.ebook.transform;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.model.SemanticVocabularies;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.Part;
import fr.brochures.ebook.report.BuildReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Prefixed epub:type values: those nobody declares are left out, the notes keep the vocabularies their content uses, and
 * every prefix a chapter uses is declared on its html.
 */
class SemanticPrefixesTest {

    private final TransformContext context = new TransformContext(null, new BuildReport(), Labels.forLanguage("en"),
            new Endnotes(), new ImageCatalog());

    private static Chapter chapter(String htmlAttributes, String body) {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"" + htmlAttributes
                + "><head><title>t</title></head><body>" + body + "</body></html>";
        return new Chapter("a.xhtml", Part.BODY, "book/a.xhtml", Jsoup.parse(xhtml, "", Parser.xmlParser()));
    }

    @Test
    void valuesWithAnUndeclaredUnknownPrefixAreLeftOut() {
        Chapter chapter = chapter(" epub:prefix=\"own: https://example.org/own#\"",
                "<p id=\"a\" epub:type=\"foo:bar chapter own:x\">A</p><p id=\"b\" epub:type=\"foo:bar\">B</p>"
                        + "<p id=\"c\" epub:type=\"z3998:song se:name\">C</p>");
        new UndeclaredPrefixesTransform().apply(chapter, context);
        assertEquals("chapter own:x", chapter.document().getElementById("a").attr("epub:type"));
        assertFalse(chapter.document().getElementById("b").hasAttr("epub:type"));
        assertEquals("z3998:song se:name", chapter.document().getElementById("c").attr("epub:type"));
    }

    @Test
    void aNoteKeepsTheVocabulariesOfItsContent() {
        Chapter chapter = chapter(" epub:prefix=\"own: https://example.org/own#\"",
                "<h1>T</h1><p>Text<span class=\"note\" data-by=\"author\">See <i epub:type=\"se:name.publication.book\">Walden</i>"
                        + " and <span epub:type=\"own:x z3998:roman\">IV</span>.</span>.</p>");
        new EndnotesTransform().apply(chapter, context);
        assertEquals(Map.of("own", "https://example.org/own#", "se", SemanticVocabularies.KNOWN.get("se"),
                "z3998", SemanticVocabularies.KNOWN.get("z3998")), context.endnotes().all().get(0).vocabularies());
    }

    @Test
    void everyPrefixAChapterUsesIsDeclaredOnItsHtmlWithSpacesOnly() {
        Chapter chapter = chapter(" epub:prefix=\"z3998: http://www.daisy.org/z3998/2012/vocab/structure/, own: https://example.org/own#\"",
                "<section epub:type=\"chapter\"><h2 epub:type=\"ordinal z3998:roman\">I</h2>"
                        + "<p><i epub:type=\"se:name.vessel.ship\">Pequod</i></p></section>");
        BookMetadata metadata = new BookMetadata("T", null, "en", "urn:uuid:x", "2024", null, List.of(), List.of(), null, null,
                List.of(), null, List.of(), null);
        BookProject project = new BookProject(Path.of("p"), metadata, List.of(), List.of(), Path.of("p/covers/cover.jpg"));
        TransformContext shell = new TransformContext(project, new BuildReport(), Labels.forLanguage("en"), new Endnotes(),
                new ImageCatalog());
        new ChapterShellTransform().apply(chapter, shell);
        Element html = chapter.html().orElseThrow();
        assertEquals("z3998: http://www.daisy.org/z3998/2012/vocab/structure/ own: https://example.org/own# "
                + "se: https://standardebooks.org/vocab/1.0", html.attr("epub:prefix"));
    }
}
