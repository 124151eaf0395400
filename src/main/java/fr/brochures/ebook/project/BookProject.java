package fr.brochures.ebook.project;

import java.nio.file.Path;
import java.util.List;

/** A loaded book project: its folder, metadata, chapter files in reading order, stylesheets and cover. */
public record BookProject(
        Path root,
        BookMetadata metadata,
        List<ChapterFile> chapters,
        List<Path> stylesheets,
        Path cover) {

    /** The folder holding chapters and images. */
    public Path bookDir() {
        return root.resolve("book");
    }

    /**
     * The names in {@code styles/} of the stylesheets every chapter links, in order: the builder's
     * {@link DefaultStylesheet} first (or the project's file of that name), then the project's own but
     * {@code generated.css}.
     */
    public List<String> stylesheetNames() {
        return DefaultStylesheet.linkingOrder(stylesheets);
    }

    /**
     * The names in {@code styles/} of the stylesheets every generated page links, in order: the builder's own default
     * stylesheet whatever the project does, then the project's {@code generated.css} if it has one.
     */
    public List<String> pageStylesheetNames() {
        return DefaultStylesheet.pageLinkingOrder(stylesheets);
    }

    /** The project's own stylesheet named {@code name}, if it has one. */
    public java.util.Optional<Path> stylesheet(String name) {
        return stylesheets.stream().filter(css -> css.getFileName().toString().equals(name)).findFirst();
    }

    /** A path as shown in messages: relative to the project, with forward slashes. */
    public String display(Path path) {
        return ProjectPaths.display(root, path);
    }
}
