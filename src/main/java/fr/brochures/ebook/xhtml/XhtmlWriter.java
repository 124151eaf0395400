package fr.brochures.ebook.xhtml;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.XmlDeclaration;

import java.nio.charset.StandardCharsets;

/** Serialises a chapter tree as XHTML bytes that start with the XML declaration Send-to-Kindle requires. */
public final class XhtmlWriter {

    /** The declaration every XHTML file starts with; without it Amazon reads the file as ISO-8859-1. */
    public static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private XhtmlWriter() {
    }

    /** The document as UTF-8 XHTML bytes. */
    public static byte[] toBytes(Document document) {
        Document copy = document.clone();
        copy.childNodes().stream().filter(n -> n instanceof XmlDeclaration).toList().forEach(Node::remove);
        copy.outputSettings()
                .syntax(Document.OutputSettings.Syntax.xml)
                .escapeMode(Entities.EscapeMode.xhtml)
                .charset(StandardCharsets.UTF_8)
                .prettyPrint(false);
        String body = copy.outerHtml().stripLeading();
        return (DECLARATION + "\n" + body + (body.endsWith("\n") ? "" : "\n")).getBytes(StandardCharsets.UTF_8);
    }
}
