package fr.brochures.ebook.checks;

import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.report.BuildReport;

/**
 * What a chapter check is given: the project, to read, and where its problems go. Unlike the transforms' context it
 * holds nothing a check could fill in (no notes, no image catalogue), so a check cannot change the book by mistake.
 */
public record CheckContext(BookProject project, BuildReport report) {
}
