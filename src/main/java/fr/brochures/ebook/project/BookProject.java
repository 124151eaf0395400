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

    /** A path as shown in messages: relative to the project, with forward slashes. */
    public String display(Path path) {
        return ProjectPaths.display(root, path);
    }
}
