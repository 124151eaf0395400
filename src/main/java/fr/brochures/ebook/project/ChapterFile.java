package fr.brochures.ebook.project;

import java.nio.file.Path;

/** One chapter file of the reading order: its path, its name relative to book/, and its part. */
public record ChapterFile(Path path, String name, Part part) {
}
