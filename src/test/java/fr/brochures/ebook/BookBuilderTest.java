package fr.brochures.ebook;

import fr.brochures.ebook.epubcheck.EpubValidator;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.epub.EpubReader;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Builds the notes-and-figure example book and checks the EPUB it writes, read back as readers would. */
class BookBuilderTest {

    @TempDir
    static Path out;
    static Path epub;
    static BuildResult result;

    @BeforeAll
    static void build() {
        epub = out.resolve("book.epub");
        result = TestBooks.build(TestBooks.book("notes-and-figure"), epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
    }

    @Test
    void epubcheckFindsNothing() {
        EpubValidator.ValidationResult validation = new EpubValidator().validate(epub);
        assertTrue(validation.clean(), () -> String.join("\n", validation.findings()));
        assertEquals(0, validation.fatal() + validation.errors() + validation.warnings());
    }

    @Test
    void containerStartsWithStoredMimetype() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            ZipEntry first = file.entries().get(0);
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/epub+zip", file.text("mimetype"));
            assertEquals(List.of("mimetype", "META-INF/container.xml", "OEBPS/content.opf", "OEBPS/nav.xhtml", "OEBPS/toc.ncx"),
                    file.names().subList(0, 5));
        }
    }

    @Test
    void packageDocumentIsEpub3WithModifiedDateAndRoles() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document opf = file.xml("OEBPS/content.opf");
            Element pkg = opf.selectFirst("package");
            assertEquals("3.0", pkg.attr("version"));
            assertEquals("urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f", opf.selectFirst("dc|identifier").text());
            assertEquals("fr", opf.selectFirst("dc|language").text());
            assertTrue(opf.selectFirst("meta[property=dcterms:modified]").text().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z"));
            List<String> creators = opf.select("dc|creator").eachText();
            assertEquals(List.of("ASAP Révolution", "Camarade"), creators);
            String firstId = opf.selectFirst("dc|creator").id();
            assertEquals(List.of("com", "trl"), opf.select("meta[refines=#" + firstId + "][property=role]").eachText());
            assertEquals("CrimethInc.", opf.selectFirst("dc|contributor").text());
            assertNotNull(opf.selectFirst("item[properties~=nav]"));
            assertNotNull(opf.selectFirst("item[properties~=cover-image][href=images/cover.jpg]"));
            assertNotNull(opf.selectFirst("meta[name=cover]"));
            assertEquals("item-cover-xhtml", opf.selectFirst("spine itemref").attr("idref"), "the cover page comes first");
        }
    }

    @Test
    void everyXhtmlFileStartsWithTheXmlDeclaration() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            for (String name : file.names()) {
                if (name.endsWith(".xhtml")) {
                    assertTrue(file.text(name).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>"), name);
                }
            }
        }
    }

    @Test
    void navHasTocAndLandmarksAndNoNoteLeaksIntoIt() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document nav = file.xml("OEBPS/nav.xhtml");
            Element toc = nav.selectFirst("nav[epub:type=toc]");
            assertNotNull(toc);
            assertNotNull(nav.selectFirst("nav[epub:type=landmarks] a[epub:type=bodymatter]"));
            assertEquals("Premier chapitre", toc.selectFirst("a[href=01-premier.xhtml]").text());
            assertFalse(toc.text().contains("Une note dans le titre"));
            assertNotNull(toc.selectFirst("a[href=01-premier.xhtml#contexte]"), "h2 sections are in the contents");
            assertTrue(file.text("OEBPS/toc.ncx").contains("<text>Premier chapitre</text>"), "the NCX is there for EPUB 2 readers");
        }
    }

    @Test
    void everyNoteReferenceAndEndnoteLinkBothWays() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document endnotes = file.xml("OEBPS/endnotes.xhtml");
            List<Element> items = endnotes.select("section[epub:type~=endnotes] > ol > li");
            assertEquals(4, items.size());
            int references = 0;
            for (String chapter : List.of("OEBPS/01-premier.xhtml", "OEBPS/02-second.xhtml")) {
                for (Element ref : file.xml(chapter).select("a[epub:type=noteref]")) {
                    references++;
                    assertEquals("doc-noteref", ref.attr("role"));
                    String id = ref.attr("href").substring("endnotes.xhtml#".length());
                    Element note = endnotes.getElementById(id);
                    assertNotNull(note, "note " + id);
                    Element back = note.selectFirst("a[epub:type=backlink]");
                    assertEquals("doc-backlink", back.attr("role"));
                    assertEquals(chapter.substring("OEBPS/".length()) + "#" + ref.id(), back.attr("href"));
                    assertEquals(ref.text(), id.substring("note-".length()));
                }
            }
            assertEquals(4, references);
        }
    }

    @Test
    void translatorNotesAreMarkedWhereReadersSeeThem() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            Document endnotes = file.xml("OEBPS/endnotes.xhtml");
            Element note2 = endnotes.getElementById("note-2");
            assertTrue(note2.text().startsWith("N.d.T. Le 6 janvier."), note2.text());
            Element note1 = endnotes.getElementById("note-1");
            assertFalse(note1.text().contains("N.d.T."), "an author's note is not marked as the translators'");
            assertEquals(2, result.translatorNotes());
            assertEquals(2, result.authorNotes());
        }
    }

    @Test
    void creditsAreOnThePagesReadersSee() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            String titlePage = file.xml("OEBPS/titlepage.xhtml").text();
            assertTrue(titlePage.contains("ASAP Révolution (Rennes)") && titlePage.contains("Camarade (Toulouse)"), titlePage);
            String colophon = file.xml("OEBPS/colophon.xhtml").text();
            assertTrue(colophon.contains("CrimethInc.") && colophon.contains("Texte libre de reproduction."), colophon);
        }
    }

    @Test
    void anImageReferencedTwiceIsEmbeddedOnce() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            assertEquals(1, file.names().stream().filter(n -> n.endsWith("schema.svg")).count());
            assertEquals("image/svg+xml", file.xml("OEBPS/content.opf").selectFirst("item[href=images/schema.svg]").attr("media-type"));
        }
    }

    @Test
    void epublibReadsTheBookBack() throws Exception {
        try (InputStream in = Files.newInputStream(epub)) {
            Book book = new EpubReader().readEpub(in);
            assertEquals("Petit livre d’essai", book.getTitle());
            assertEquals("fr", book.getMetadata().getLanguage());
            assertTrue(book.getSpine().size() >= 5);
            assertNotNull(book.getCoverImage());
        }
    }

    @Test
    void frenchTypographyIsAppliedToTextOnly() throws Exception {
        try (EpubFile file = new EpubFile(epub)) {
            String chapter = file.xml("OEBPS/01-premier.xhtml").wholeText();
            assertTrue(chapter.contains("continuation\u202F?"), chapter);
            assertTrue(chapter.contains("dire\u00A0:"), chapter);
            assertTrue(chapter.contains("«\u202Fpar-dessus\u202F»"), chapter);
            assertTrue(file.text("OEBPS/01-premier.xhtml").contains("href=\"https://crimethinc.com\""), "attributes are untouched");
        }
    }
}
