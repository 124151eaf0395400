package fr.brochures.ebook.project;

import java.nio.file.Path;

/** One chapter file of the reading order: its path, its name relative to book/, and its part. */
public record ChapterFile(Path path, String name, Part part) {

    /** The extension of a chapter written in Markdown. */
    public static final String MARKDOWN = ".md";
    /** The extension of a chapter written in XHTML, and of every chapter inside the EPUB. */
    public static final String XHTML = ".xhtml";

    /** True when the chapter is written in Markdown ({@code 02-suite.md}) and must be converted to XHTML first. */
    public boolean markdown() {
        return name.endsWith(MARKDOWN);
    }

    /** The chapter's name inside the EPUB: its own name, a Markdown chapter's with {@code .xhtml} ({@code 02-suite.xhtml}). */
    public String href() {
        return hrefOf(name);
    }

    /** The name inside the EPUB of the chapter file {@code name}: {@code 02-suite.md} becomes {@code 02-suite.xhtml}. */
    public static String hrefOf(String name) {
        return name.endsWith(MARKDOWN) ? name.substring(0, name.length() - MARKDOWN.length()) + XHTML : name;
    }
}
