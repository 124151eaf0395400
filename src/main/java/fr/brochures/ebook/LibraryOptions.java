package fr.brochures.ebook;

import java.nio.file.Path;
import java.util.List;

/**
 * What a library build ({@code site DIR… -o OUT}) is asked to do: the book projects, in the order the index page and
 * the catalogue list them, and the name of each one's folder in the site ({@link LibraryBuilder#folders}, asked once by
 * the command line, which refuses folders that would land among a book's sources); the folder the site goes into; the options every book is built with, as {@code build}
 * takes them (whether warnings fail it, how large images may be, the fixed time stamp, EPUBCheck); the site's public
 * address (null: each book's {@code download-url}, if any); the index page's language (null: the books' when they share
 * one, else English) and title (null: the bundle's word for books).
 */
public record LibraryOptions(List<Path> projects, List<String> folders, Path out, boolean strict, int maxImageEdge, Long sourceDateEpoch,
                             boolean check, String baseUrl, String language, String title) {

    public LibraryOptions {
        projects = List.copyOf(projects);
        folders = List.copyOf(folders);
        if (folders.size() != projects.size()) {
            throw new IllegalArgumentException("one folder a project");
        }
    }

    /** The options for one book of the library, built in memory into {@code OUT/<folder>/}, its EPUB there. */
    BuildOptions book(Path project, String folder, String bookBaseUrl) {
        Path siteDir = out.resolve(folder);
        BuildOptions options = new BuildOptions(project, siteDir.resolve(folder + ".epub"), strict, maxImageEdge, sourceDateEpoch)
                .withSite(siteDir, bookBaseUrl).inMemory();
        return check ? options.withCheck() : options;
    }
}
