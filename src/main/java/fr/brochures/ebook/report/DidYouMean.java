package fr.brochures.ebook.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * " Did you mean 'images/schema.svg'?": the name closest to a misspelt one, given to a problem as a value of its
 * message; empty text when no name was close enough. Its words are in {@code messages.properties} ({@code DID_YOU_MEAN}),
 * like every problem's.
 */
public record DidYouMean(String name) {

    private static final ResourceBundle TEXTS = ResourceBundle.getBundle("messages", Locale.ROOT);

    /** The suggestion of {@code closest}, or none when it is empty. */
    public static DidYouMean of(Optional<String> closest) {
        return new DidYouMean(closest.orElse(null));
    }

    /** No suggestion: empty text. */
    public static DidYouMean none() {
        return new DidYouMean(null);
    }

    /** The words, with a space before them so that a message puts them right after its sentence; empty for none. */
    public String text() {
        return name == null ? "" : new MessageFormat(TEXTS.getString("DID_YOU_MEAN"), Locale.ROOT).format(new Object[] {name});
    }

    @Override
    public String toString() {
        return text();
    }
}
