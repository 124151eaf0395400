package fr.brochures.ebook.xhtml;

/** Turns the XML parser's wording into a sentence an editor can act on. */
final class XmlMessages {

    private XmlMessages() {
    }

    static String plain(String message) {
        if (message == null) {
            return "unreadable markup";
        }
        String text = message.strip().replaceAll("\\s+", " ");
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.matches("(?s).*The entity \"(\\w+)\" was referenced, but not declared.*")) {
            String entity = text.replaceAll("(?s).*The entity \"(\\w+)\".*", "$1");
            return "the entity &" + entity + "; is not XML: type the character itself (e.g. a no-break space) instead";
        }
        return text;
    }
}
