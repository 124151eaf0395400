package fr.brochures.ebook.site;

import fr.brochures.ebook.TestBooks;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.project.Source;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The download page in the book's language: the site bundles, and the pages of an English and a German book. */
class SiteLanguageTest {

    /** The languages with their own words for the page, besides English (site.properties). */
    private static final List<String> LANGUAGES = List.of("fr");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    private static Properties bundle(String name) throws IOException {
        try (InputStream in = SiteLanguageTest.class.getResourceAsStream("/" + name + ".properties")) {
            assertNotNull(in, name);
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            return properties;
        }
    }

    private static Set<String> placeholders(String message) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(message);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyBundleHasTheKeysAndPlaceholdersOfTheEnglishOne() throws IOException {
        Properties english = bundle("site");
        assertTrue(english.size() > 30, english::toString);
        for (String language : LANGUAGES) {
            Properties other = bundle("site_" + language);
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(other.stringPropertyNames()), language);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(other.getProperty(key)), language + ": " + key);
            }
        }
    }

    @Test
    void messagesHaveNoAsciiApostropheForMessageFormatToSwallow() throws IOException {
        List<String> bundles = new ArrayList<>(List.of("site"));
        LANGUAGES.forEach(l -> bundles.add("site_" + l));
        for (String name : bundles) {
            bundle(name).forEach((key, value) -> assertFalse(value.toString().contains("'"), name + ": " + key + " (write ’)"));
        }
    }

    @Test
    void pageLanguageIsTheBooksWhenItHasWordsElseEnglish() {
        assertEquals("fr", SiteText.forLanguage("fr").language());
        assertEquals("fr", SiteText.forLanguage("fr-CA").language());
        assertEquals("en", SiteText.forLanguage("en").language());
        assertEquals("en", SiteText.forLanguage("en-GB").language());
        assertEquals("en", SiteText.forLanguage("de").language());
        assertEquals("en", SiteText.forLanguage("kk-Cyrl").language());
        assertEquals("en", SiteText.forLanguage(null).language());
        assertEquals("Télécharger le livre", SiteText.forLanguage("fr-BE").get("download.heading"));
        assertEquals("Download the book", SiteText.forLanguage("de").get("download.heading"));
    }

    @Test
    void sizesAreWrittenAsReadersOfTheLanguageWriteThem() {
        assertEquals("1\u202F436\u00A0Ko", SiteText.forLanguage("fr").kilobytes(1436));
        assertEquals("14\u00A0Ko", SiteText.forLanguage("fr").kilobytes(14));
        assertEquals("1\u202F234\u202F567\u00A0Ko", SiteText.forLanguage("fr").kilobytes(1_234_567));
        assertEquals("1,436\u00A0KB", SiteText.forLanguage("en").kilobytes(1436));
        assertEquals("1,436\u00A0KB", SiteText.forLanguage("de").kilobytes(1436));
        assertEquals(1, new Download("epub", "a.epub", 1, "", null).kilobytes(), "never 0 KB");
        assertEquals(2, new Download("epub", "a.epub", 1025, "", null).kilobytes());
        assertEquals(1, new Download("epub", "a.epub", 1024, "", null).kilobytes());
    }

    @Test
    void valuesPutIntoMessagesAreEscaped() {
        String alt = SiteText.forLanguage("en").format("cover.alt", "<b>\"It's\" {1} & co</b>");
        assertEquals("Cover of the book “&lt;b&gt;&quot;It&#39;s&quot; {1} &amp; co&lt;/b&gt;”", alt);
        assertEquals("Couverture du livre «&#8239;&lt;i&gt;&#8239;»", SiteText.forLanguage("fr").format("cover.alt", "<i>"));
    }

    /**
     * The English golden book's page (GoldenBooksTest checks it is what the build writes) holds none of the French
     * page's words: no text of a French message that differs from the English one, cut at its placeholders and tags,
     * of more than 3 letters.
     */
    @Test
    void englishGoldenPageHasNoFrenchWordOfThePage() throws IOException {
        String page = Files.readString(TestBooks.book("golden-english").resolve("expected/site/index.html"));
        Properties english = bundle("site");
        Properties french = bundle("site_fr");
        List<String> checked = new ArrayList<>();
        for (String key : french.stringPropertyNames()) {
            String value = french.getProperty(key);
            if (value.equals(english.getProperty(key))) {
                continue;
            }
            for (String piece : value.split("\\{\\d+}|<[^>]*>")) {
                if (english.getProperty(key).contains(piece)) {
                    continue; // a name both say: "@kindle.com", "Books"
                }
                long letters = piece.replaceAll("&#?\\w+;", "").codePoints().filter(Character::isLetter).count();
                if (letters > 3) {
                    checked.add(piece);
                    assertFalse(page.contains(piece), key + ": «" + piece + "» is on the English page");
                }
            }
        }
        assertTrue(checked.size() > 30, checked::toString);
        Document html = Jsoup.parse(page);
        assertEquals("en", html.selectFirst("html").attr("lang"));
        assertEquals("en", html.selectFirst("header.book").attr("lang"));
        assertFalse(page.contains("&#8239;") || page.contains("&nbsp;:") || page.contains("\u00A0Ko"), "no French typography");
        assertTrue(page.contains("amazon.com/sendtokindle"), "Send to Kindle's address for English readers");
    }

    /** A German book: the site has no German words, so the page is in English; the book's title stays German. */
    @Test
    void bookInALanguageWithoutWordsGetsTheEnglishPage(@TempDir Path dir) throws IOException {
        Path epub = dir.resolve("build").resolve("das-buch.epub");
        Files.createDirectories(epub.getParent());
        Files.write(epub, new byte[1436 * 1024]);
        BookMetadata metadata = new BookMetadata("Das <Buch> \"{0}\"", "Eine Geschichte", "de", "urn:uuid:x", "2024-03-05", null,
                List.of(new Person("Anna Schmidt", "Schmidt, Anna", List.of("aut", "trl"), null)), List.of(), "Verlag & Co",
                "Eine Beschreibung.", List.of(), null, List.of(new Source("Der Text", "Zeitung", "2023-11-02", "https://example.org/")), null);
        SiteWriting.write(metadata, null, epub, dir.resolve("site"), BaseUrl.parse("https://example.org/buecher/"));
        String page = Files.readString(dir.resolve("site").resolve("index.html"));
        Document html = Jsoup.parse(page);

        assertEquals("en", html.selectFirst("html").attr("lang"));
        assertEquals("de", html.selectFirst("header.book").attr("lang"));
        assertEquals("Das <Buch> \"{0}\" Eine Geschichte", html.selectFirst("h1").text());
        assertTrue(html.title().endsWith(" · e-book download"), html.title());
        assertEquals("Download the book", html.selectFirst("h2").text());
        assertEquals("EPUB e-book", html.selectFirst("a.button").text());
        assertEquals("<p class=\"file\">das-buch.epub · 1,436&nbsp;KB</p>", html.selectFirst("p.file").outerHtml());
        assertEquals("Check the downloaded files (SHA-256 checksums)", html.selectFirst("details.checksums summary").text());
        assertEquals("Author and translation: Anna Schmidt", html.selectFirst("p.credit").text());
        assertTrue(page.contains("<i>Der Text</i>, Zeitung, 2\u00A0November 2023, "), html.selectFirst(".sources li").outerHtml());
        assertTrue(html.selectFirst("footer").text().startsWith("Published by Verlag & Co, 5 March 2024."), html.selectFirst("footer").text());
        assertTrue(html.selectFirst("footer").text().contains("The printed edition states no licence"), html.selectFirst("footer").text());
        assertEquals(List.of("Kobo", "Kindle", "PocketBook", "Android phone or tablet", "iPhone or iPad", "Computer",
                        "Reading apps with catalogues (OPDS)"), html.select(".guide h3").eachText());
        assertEquals("https://example.org/buecher/catalog.xml", html.selectFirst(".guide a.url").attr("href"),
                "the site's address known, the catalogue's is given whole, to be typed into an app");
        assertTrue(html.select("b, Buch").isEmpty(), "the title is escaped");
        assertTrue(page.contains("Das &lt;Buch&gt; &quot;{0}&quot;"), "escaped in the title and headings");
        String qrUrl = "https://example.org/buecher/das-buch.epub";
        assertEquals("QR code of the EPUB file’s address: " + qrUrl, html.selectFirst("figure.qr img").attr("alt"));
        assertEquals(qrUrl, html.selectFirst("figure.qr a").attr("href"));
    }
}
