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
 * and e-ink. It is linked first in every chapter as {@code styles/default.css}, so that a book without {@code styles/}
 * reads well and a book's own stylesheets, linked after it, override any rule; a project file of the same name takes
 * its place in the chapters (the copy {@code init} writes for editing).
 * <p>
 * The pages the builder generates (cover, title page, contents, notes, colophon) link the builder's own copy whatever
 * the book does, so that no book stylesheet can hide their text (Standard Ebooks' {@code se.css} hides a title page's
 * {@code h1} and {@code p}): {@code styles/default.css} when it is the builder's, else the builder's copy under
 * {@code styles/builder/default.css}, a name no project file can take (the project's stylesheets are the files directly
 * in {@code styles/}); then the book's optional {@code styles/generated.css}, its own rules for those pages, which no
 * chapter links.
 */
public final class DefaultStylesheet {

    /** Its file name, in the book's {@code styles/} folder. */
    public static final String NAME = "default.css";
    /** Its name in {@code styles/} when the book replaces {@link #NAME}: the generated pages keep the builder's rules. */
    public static final String BUILDER_COPY = "builder/default.css";
    /** The book's own stylesheet for the generated pages only. */
    public static final String GENERATED_PAGES = "generated.css";
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

    /**
     * The names of the stylesheets a chapter links, in order: this one first, then the project's own (sorted), but the
     * one for the generated pages.
     */
    static List<String> linkingOrder(List<Path> projectStylesheets) {
        List<String> names = new ArrayList<>();
        names.add(NAME);
        projectStylesheets.stream().map(css -> css.getFileName().toString())
                .filter(name -> !name.equals(NAME) && !name.equals(GENERATED_PAGES))
                .forEach(names::add);
        return List.copyOf(names);
    }

    /**
     * The names of the stylesheets a generated page links, in order: the builder's own copy of this one (under
     * {@link #BUILDER_COPY} when the project replaces it), then the project's {@link #GENERATED_PAGES} if it has one.
     */
    static List<String> pageLinkingOrder(List<Path> projectStylesheets) {
        List<String> own = projectStylesheets.stream().map(css -> css.getFileName().toString()).toList();
        List<String> names = new ArrayList<>();
        names.add(own.contains(NAME) ? BUILDER_COPY : NAME);
        if (own.contains(GENERATED_PAGES)) {
            names.add(GENERATED_PAGES);
        }
        return List.copyOf(names);
    }
}
