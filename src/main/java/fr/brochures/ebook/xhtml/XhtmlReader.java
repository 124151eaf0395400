package fr.brochures.ebook.xhtml;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;

/**
 * Parses a chapter: first a strict XML well-formedness pass that never loads a DTD or an entity (so a typo is reported
 * with its line and column, and no DOCTYPE can reach the file system or the network), then Jsoup's XML parser for the
 * transforms.
 */
public final class XhtmlReader {

    private final BuildReport report;

    public XhtmlReader(BuildReport report) {
        this.report = report;
    }

    /** The parsed document, or empty after reporting why the text is not acceptable XHTML. */
    public Optional<Document> read(String text, String shownName) {
        if (!wellFormed(text, shownName)) {
            return Optional.empty();
        }
        // positions are kept so that every later problem can name its line and column (Chapter.at)
        Document document = Jsoup.parse(text, "", Parser.xmlParser().setTrackPosition(true));
        document.outputSettings().prettyPrint(false);
        return Optional.of(document);
    }

    private boolean wellFormed(String text, String shownName) {
        StrictHandler handler = new StrictHandler(shownName);
        try {
            SAXParser parser = newParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", handler);
            parser.setProperty("http://xml.org/sax/properties/declaration-handler", handler);
            parser.parse(new InputSource(new StringReader(text)), handler);
        } catch (NestingDepth.TooDeep e) {
            report.error(MessageId.XHTML_011, new Location(shownName, e.getLineNumber(), e.getColumnNumber()),
                    shownName, String.valueOf(NestingDepth.MAX));
            return false;
        } catch (SAXParseException e) {
            if (!handler.doctypeRefused) {
                report.error(MessageId.XHTML_001, new Location(shownName, e.getLineNumber(), e.getColumnNumber()),
                        XmlMessages.plain(e.getMessage()));
            }
            return false;
        } catch (SAXException | IOException | ParserConfigurationException e) {
            report.error(MessageId.XHTML_001, Location.of(shownName), XmlMessages.plain(e.getMessage()));
            return false;
        }
        return !handler.doctypeRefused;
    }

    private static SAXParser newParser() throws ParserConfigurationException, SAXException {
        return XmlSafety.saxFactory().newSAXParser();
    }

    /**
     * Refuses DOCTYPEs that declare entities or point at an external DTD, never resolves anything, and stops at an
     * element nested too deep ({@link NestingDepth}) before jsoup and the transforms walk the tree.
     */
    private final class StrictHandler extends NestingDepth {
        private final String shownName;
        private boolean doctypeRefused;

        StrictHandler(String shownName) {
            this.shownName = shownName;
        }

        @Override
        public void startDTD(String name, String publicId, String systemId) {
            if (systemId != null) {
                refuse("an external DTD (" + systemId + ")");
            }
        }

        @Override
        public void internalEntityDecl(String name, String value) {
            refuse("the entity '" + name + "'");
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) {
            refuse("the external entity '" + name + "' (" + systemId + ")");
        }

        @Override
        public InputSource resolveEntity(String name, String publicId, String baseURI, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public InputSource resolveEntity(String publicId, String systemId) {
            return new InputSource(new StringReader(""));
        }

        @Override
        public InputSource getExternalSubset(String name, String baseURI) {
            return null;
        }

        private void refuse(String what) {
            if (!doctypeRefused) {
                report.error(MessageId.XHTML_004, locator() == null || locator().getLineNumber() <= 0 ? Location.of(shownName)
                        : new Location(shownName, locator().getLineNumber(), Math.max(locator().getColumnNumber(), 0)), what);
            }
            doctypeRefused = true;
        }
    }
}
