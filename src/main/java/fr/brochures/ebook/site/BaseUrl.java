package fr.brochures.ebook.site;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The public address of the folder where the download page is published, e.g. {@code https://example.org/livres/}:
 * the files' absolute addresses (the QR code's) are made from it. Only {@code http} and {@code https} addresses with a
 * host are accepted; a missing final slash is added, since the address names a folder.
 */
public final class BaseUrl {

    private final URI uri;

    private BaseUrl(URI uri) {
        this.uri = uri;
    }

    /** The base URL, or a message saying what is wrong with {@code text}. */
    public static BaseUrl parse(String text) {
        Optional<String> problem = problem(text);
        if (problem.isPresent()) {
            throw new IllegalArgumentException(problem.get());
        }
        String folder = text.strip().endsWith("/") ? text.strip() : text.strip() + "/";
        return new BaseUrl(URI.create(folder));
    }

    /** What is wrong with {@code text} as a base URL, if anything. */
    public static Optional<String> problem(String text) {
        String example = " (e.g. https://example.org/livres/)";
        if (text == null || text.isBlank()) {
            return Optional.of("the base URL is empty" + example);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            return Optional.of("'" + text + "' is not a valid address: " + e.getReason() + example);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("'" + text + "' must start with https:// or http://" + example);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            return Optional.of("'" + text + "' has no host name" + example);
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return Optional.of("'" + text + "' must be a folder's address, without ?… or #…" + example);
        }
        return Optional.empty();
    }

    /** The absolute address of a file of the folder. */
    public String resolve(String fileName) {
        return uri.resolve(SiteFiles.href(fileName)).toString();
    }

    @Override
    public String toString() {
        return uri.toString();
    }
}
