package fr.brochures.ebook;

import fr.brochures.ebook.model.TextLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * French typography follows the language of each piece of text, in the built EPUB and Kobo edition: passages marked in
 * another language keep exactly what was typed, and every French text of every file (chapters, generated pages,
 * navigation, NCX, package document, SVG) has its no-break spaces.
 */
class TypographyByLanguageTest {

    /** An ordinary space before a high mark or a colon, after « or before »: what French typography never leaves. */
    private static final Pattern ORDINARY_SPACE_IN_FRENCH = Pattern.compile(" [;:!?](?=[\\s\\p{Punct}«»]|$)|« | »");

    @TempDir
    Path dir;

    private Path build(Path project, String name) {
        Path epub = dir.resolve(name + ".epub");
        BuildResult result = TestBooks.build(project, epub);
        assertTrue(result.written(), () -> result.report().problems().toString());
        return epub;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"epub", "kepub"})
    void passagesInOtherLanguagesAreLeftAsTypedAndTheFrenchAroundThemIsSet(String edition) throws IOException {
        Path project = FixtureBook.materialize(TestBooks.book("golden-languages"), dir.resolve("project"));
        Path epub = build(project, "languages");
        Path book = edition.equals("epub") ? epub : fr.brochures.ebook.kobo.KoboRenderer.kepubPath(epub);
        List<String> typed = foreignTexts(sourceChapters(project));
        List<String> built = new ArrayList<>();
        int frenchMarks = 0;
        try (EpubFile file = new EpubFile(book)) {
            for (String name : file.names().stream().filter(n -> n.matches("OEBPS/0.*\\.xhtml")).sorted().toList()) {
                Document document = file.xml(name);
                built.addAll(foreignTexts(List.of(document)));
                for (TextNode text : textNodes(document)) {
                    if (TextLanguage.of(text, "fr").equals("fr")) {
                        assertFalse(ORDINARY_SPACE_IN_FRENCH.matcher(text.getWholeText()).find(), name + ": «" + text.getWholeText() + "»");
                        frenchMarks += text.getWholeText().split("\u202F[;!?]", -1).length - 1;
                    }
                }
            }
        }
        assertEquals(3, typed.size(), typed::toString);
        assertEquals(typed, built, "the English and Kazakh passages come out as typed: no space added, no quote changed");
        assertTrue(built.stream().noneMatch(t -> t.contains("\u202F") || t.contains("\u00A0")));
        assertTrue(frenchMarks >= 3, "the French text around them gets its narrow no-break spaces: " + frenchMarks);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"epub", "kepub"})
    void theBrochureHasNoOrdinarySpaceWhereFrenchWantsANoBreakOneInAnyFile(String edition) throws IOException {
        Path epub = build(TestBooks.brochure(), "brochure");
        Path book = edition.equals("epub") ? epub : fr.brochures.ebook.kobo.KoboRenderer.kepubPath(epub);
        int checked = 0;
        try (EpubFile file = new EpubFile(book)) {
            for (String name : file.names().stream().filter(n -> n.matches(".*\\.(xhtml|opf|ncx|svg)")).toList()) {
                for (TextNode text : textNodes(file.xml(name))) {
                    String language = TextLanguage.of(text, "fr");
                    if (language.equals("fr") || language.startsWith("fr-")) {
                        assertFalse(ORDINARY_SPACE_IN_FRENCH.matcher(text.getWholeText()).find(), name + ": «" + text.getWholeText() + "»");
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked > 500, "every French text was looked at: " + checked);
    }

    private static List<Document> sourceChapters(Path project) throws IOException {
        List<Document> chapters = new ArrayList<>();
        try (var files = Files.list(project.resolve("book"))) {
            for (Path chapter : files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList()) {
                chapters.add(Jsoup.parse(Files.readString(chapter, StandardCharsets.UTF_8), "", Parser.xmlParser()));
            }
        }
        return chapters;
    }

    /** The text of every element marked with a language other than French, in document order. */
    private static List<String> foreignTexts(List<Document> documents) {
        List<String> texts = new ArrayList<>();
        for (Document document : documents) {
            for (Element element : document.select("[lang]")) {
                if (!element.attr("lang").startsWith("fr")) {
                    texts.add(element.wholeText());
                }
            }
        }
        return texts;
    }

    private static List<TextNode> textNodes(Document document) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse((Node node, int depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                texts.add(text);
            }
        }, document);
        return texts;
    }
}
