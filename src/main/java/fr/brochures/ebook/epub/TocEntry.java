package fr.brochures.ebook.epub;

import java.util.List;

/** One entry of the table of contents: a title, the place it leads to, and its sub-entries. */
public record TocEntry(String title, String href, List<TocEntry> children) {
}
