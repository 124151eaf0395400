package fr.brochures.ebook;

import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.pages.Labels;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.report.BuildReport;

/** What every stage of one build shares: the project, the options, the report, the labels, and the notes and images found. */
public record BuildContext(
        BookProject project,
        BuildOptions options,
        BuildReport report,
        Labels labels,
        Endnotes endnotes,
        ImageCatalog images) {
}
