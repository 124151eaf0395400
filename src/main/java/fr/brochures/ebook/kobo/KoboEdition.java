package fr.brochures.ebook.kobo;

import fr.brochures.ebook.epub.Edition;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.xhtml.XhtmlWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;

/**
 * The Kobo edition's documents: each chapter's tree (a copy of the manuscript's) and each generated page converted by
 * {@link KepubConversion}.
 */
final class KoboEdition implements Edition {

    @Override
    public byte[] chapter(ManuscriptChapter chapter) {
        return converted(chapter.documentCopy());
    }

    @Override
    public byte[] generatedPage(byte[] xhtml) {
        Document document = Jsoup.parse(new String(xhtml, StandardCharsets.UTF_8), "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        return converted(document);
    }

    private static byte[] converted(Document document) {
        KepubConversion.convert(document);
        return XhtmlWriter.toBytes(document);
    }
}
