package fr.brochures.ebook.model;

import fr.brochures.ebook.project.BookProject;

import java.util.List;

/** The whole book once loaded: the project, its chapters in reading order, its notes and its images. */
public record Manuscript(BookProject project, List<Chapter> chapters, Endnotes endnotes, ImageCatalog images) {
}
