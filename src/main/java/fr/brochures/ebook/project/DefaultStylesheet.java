package fr.brochures.ebook.project;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The builder's default stylesheet ({@code src/main/resources/styles/default.css}): the general rules every book needs
 * (body text, headings, quotations, figures, notes, the generated pages), safe for readers' fonts, margins, night mode
 * and e-ink. It is linked first in every book as {@code styles/default.css}, so that a book without {@code styles/}
 * reads well and a book's own stylesheets, linked after it, override any rule; a project file of the same name takes
 * its place (the copy {@code init} writes for editing).
 */
public final class DefaultStylesheet {

    /** Its file name, in the book's {@code styles/} folder. */
    public static final String NAME = "default.css";
    private static final String RESOURCE = "/styles/" + NAME;

    private DefaultStylesheet() {
    }

    /** The builder's own copy, as UTF-8 bytes. */
    public static byte[] bytes() {
        try (InputStream in = DefaultStylesheet.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the builder's " + RESOURCE + " is missing from its jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the stylesheets a book links, in order: this one first, then the project's own (sorted). */
    static List<String> linkingOrder(List<Path> projectStylesheets) {
        List<String> names = new ArrayList<>();
        names.add(NAME);
        projectStylesheets.stream().map(css -> css.getFileName().toString())
                .filter(name -> !name.equals(NAME))
                .forEach(names::add);
        return List.copyOf(names);
    }
}
