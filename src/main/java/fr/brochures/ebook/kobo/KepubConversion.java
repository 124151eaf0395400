package fr.brochures.ebook.kobo;

import fr.brochures.ebook.pages.EndnotesPage;
import fr.brochures.ebook.pages.NavDocument;
import fr.brochures.ebook.xhtml.XhtmlWriter;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.Resource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts the documents of an assembled book for its Kobo edition: sentences wrapped in {@code koboSpan}s (Kobo's reader uses
 * them for pagination, highlights and reading statistics), note references also typed {@code endnote} (Kobo does not
 * read {@code noteref}), ← as the back-link glyph (Kobo's fonts lack ↩), and no soft hyphens (they break dictionary
 * look-up). Following Standard Ebooks' Kobo build and kepubify.
 */
public final class KepubConversion {

    /** The back-link glyph Kobo's fonts have. */
    static final String KOBO_BACKLINK = "\u2190";

    private KepubConversion() {
    }

    /** The documents a Kobo edition converts: every content document but the navigation document and the cover page. */
    public static List<Resource> documents(Book book) {
        List<Resource> documents = new ArrayList<>();
        for (Resource resource : book.getResources().getAll()) {
            if (resource.getMediaType() != MediaTypes.XHTML || resource.getHref().equals(NavDocument.HREF)
                    || resource == book.getCoverPage()) {
                continue;
            }
            documents.add(resource);
        }
        return documents;
    }

    /**
     * The Kobo version of each document, leaving the documents as they are (so the EPUB can be written from them
     * meanwhile); in the order given.
     */
    public static Map<Resource, byte[]> convertAll(List<Resource> documents) throws IOException {
        // each document is converted on its own: on all cores
        try {
            List<byte[]> converted = documents.parallelStream().map(resource -> {
                try {
                    Document document = Jsoup.parse(new String(resource.getData(), StandardCharsets.UTF_8), "", Parser.xmlParser());
                    document.outputSettings().prettyPrint(false);
                    convert(document);
                    return XhtmlWriter.toBytes(document);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
            Map<Resource, byte[]> result = new LinkedHashMap<>();
            for (int i = 0; i < documents.size(); i++) {
                result.put(documents.get(i), converted.get(i));
            }
            return result;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The conversion of one document; public for tests. */
    public static void convert(Document document) {
        for (Element noteref : document.select("a[epub:type~=noteref]")) {
            noteref.attr("epub:type", noteref.attr("epub:type") + " endnote");
        }
        for (Element backlink : document.select("a[epub:type~=backlink]")) {
            if (backlink.text().equals(EndnotesPage.BACKLINK_GLYPH)) {
                backlink.text(KOBO_BACKLINK);
            }
        }
        Element body = document.selectFirst("body");
        if (body != null) {
            new KoboSpans().wrap(body);
        }
    }
}
