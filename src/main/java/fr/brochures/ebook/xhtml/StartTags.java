package fr.brochures.ebook.xhtml;

import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * Reads one XHTML start tag or empty-element tag on its own ({@code <sup>}, {@code <abbr title="…">},
 * {@code <br/>}) as strictly as a chapter is read: for XHTML tags written inside a Markdown paragraph, whose
 * problems must be reported at the tag before the chapter is put together.
 */
public final class StartTags {

    /** The prefixes a chapter may use without declaring them, as XHTML chapters declare them on html. */
    private static final String ROOT = "<r xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\">";

    private final SAXParser parser;

    public StartTags() {
        try {
            parser = XmlSafety.saxFactory().newSAXParser();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be configured safely", e);
        }
    }

    /** Why {@code tag}, a start tag ({@code <sup>}) or an empty-element tag ({@code <br/>}), is not well-formed XML; empty when it is. */
    public Optional<String> problemIn(String tag) {
        String empty = tag.endsWith("/>") ? tag : tag.substring(0, tag.length() - 1) + "/>";
        try {
            parser.reset();
            parser.parse(new InputSource(new StringReader(ROOT + empty + "</r>")), new DefaultHandler());
            return Optional.empty();
        } catch (SAXParseException e) {
            return Optional.of(XmlMessages.plain(e.getMessage()));
        } catch (SAXException | IOException e) {
            return Optional.of(XmlMessages.plain(e.getMessage()));
        }
    }
}
