package fr.brochures.ebook;

import fr.brochures.ebook.epubcheck.EpubValidator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the brochure in the repository root and checks what its readers and editors rely on. */
class BrochureTest {

    @TempDir
    static Path out;
    static Path epub;

    @BeforeAll
    static void build() {
        epub = out.resolve("kazakhstan.epub");
        BuildResult result = TestBooks.build(TestBooks.brochure(), epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
    }

    @Test
    void epubcheckFindsNoFatalErrorOrWarning() {
        EpubValidator.ValidationResult validation = new EpubValidator().validate(epub);
        assertTrue(validation.clean(), () -> String.join("\n", validation.findings()));
    }

    @Test
    void creditsBothGroupsWithTheirRoles() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document opf = file.xml("OEBPS/content.opf");
            assertEquals("fr", opf.selectFirst("dc|language").text());
            assertEquals(List.of("ASAP Révolution", "Camarade"), opf.select("dc|creator").eachText());
            for (String id : opf.select("dc|creator").eachAttr("id")) {
                assertEquals(List.of("com", "trl"), opf.select("meta[refines=#" + id + "][property=role]").eachText());
            }
            assertEquals(List.of("CrimethInc.", "Comunismo de Consejos y Autonomía de Clase", "Communia"),
                    opf.select("dc|contributor").eachText());
            String titlePage = file.xml("OEBPS/titlepage.xhtml").text();
            assertTrue(titlePage.contains("ASAP Révolution (Rennes)") && titlePage.contains("Camarade (Toulouse)"), titlePage);
        }
    }

    @Test
    void hasTheSixTextsInTheOrderOfTheContents() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document nav = file.xml("OEBPS/nav.xhtml");
            List<String> hrefs = nav.select("nav[epub:type=toc] > ol > li > a").eachAttr("href");
            assertEquals(List.of("00-sommaire.xhtml", "01-introduction.xhtml", "02-soulevement-entretien-analyse.xhtml",
                    "03-explosion-au-kazakhstan.xhtml", "04-soulevement-travailleurs-chomeurs.xhtml",
                    "05-cinq-clefs-pour-comprendre.xhtml", "06-apres-le-soulevement.xhtml", "99-contacts.xhtml",
                    "endnotes.xhtml", "colophon.xhtml"), hrefs);
            assertNotNull(nav.selectFirst("nav[epub:type=landmarks]"));
        }
    }

    @Test
    void everyNoteLinksBothWays() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document endnotes = file.xml("OEBPS/endnotes.xhtml");
            int notes = endnotes.select("li[id^=note-]").size();
            int references = 0;
            for (String name : file.names()) {
                if (!name.endsWith(".xhtml") || name.endsWith("endnotes.xhtml")) {
                    continue;
                }
                for (var ref : file.xml(name).select("a[epub:type~=noteref]")) {
                    references++;
                    var note = endnotes.getElementById(ref.attr("href").replace("endnotes.xhtml#", ""));
                    assertNotNull(note, ref.outerHtml());
                    assertEquals(name.replace("OEBPS/", "") + "#" + ref.id(),
                            note.selectFirst("a[epub:type~=backlink]").attr("href"));
                }
            }
            assertEquals(notes, references);
            assertTrue(notes > 0);
        }
    }
}
