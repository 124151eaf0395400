package fr.brochures.ebook.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** One coded problem: what, where, how serious, and the values its message text needs. */
public record Problem(MessageId id, Severity severity, Location location, Object... args) {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages", Locale.ROOT);

    /** The message text with its values filled in, without location or code. */
    public String text() {
        MessageFormat format = new MessageFormat(TEXTS.getString(id.name()), Locale.ROOT);
        return format.format(args);
    }

    /** One line as printed to the user: {@code file:line:col: error [CODE] text}. */
    public String format() {
        String where = location.toString();
        return (where.isEmpty() ? "" : where + ": ") + severity.label() + " [" + id.code() + "] " + text();
    }
}
