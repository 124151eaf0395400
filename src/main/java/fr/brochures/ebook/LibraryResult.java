package fr.brochures.ebook;

import fr.brochures.ebook.report.BuildReport;

import java.nio.file.Path;
import java.util.List;

/**
 * What a library build did: each book's build, in the order given, with the folder its site went into; the problems
 * of the library itself (writing the files); whether the whole site was written (every book built, every file put in
 * place) and where its index page is.
 */
public record LibraryResult(List<Book> books, BuildReport report, boolean written, Path index, double seconds) {

    /** One book of the library: its project, the name of its folder in the site, and its build (made in memory). */
    public record Book(Path project, String folder, BuildResult build) {
    }

    public LibraryResult {
        books = List.copyOf(books);
    }

    /** The books whose build failed: none when the site was written. */
    public List<Book> failed() {
        return books.stream().filter(book -> !book.build().written()).toList();
    }
}
