package fr.brochures.ebook;

import fr.brochures.ebook.images.ImageProgress;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.site.BaseUrl;
import fr.brochures.ebook.site.LibrarySite;
import fr.brochures.ebook.site.SiteBook;
import fr.brochures.ebook.site.SiteFiles;
import fr.brochures.ebook.write.BuildTimestamp;
import fr.brochures.ebook.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Builds several book projects into one site ({@code site DIR… -o OUT}): each book as {@code build} builds it, its
 * download site, books and web edition in {@code OUT/<folder>/} (the folder named as the EPUB is, from the title); then
 * the library's index page and OPDS catalogue above them ({@link LibrarySite}); then every file written together.
 * The books are built in memory one after the other, by one warm {@link BookBuilder}: nothing is written unless every
 * book built, and a file that cannot be written leaves every earlier one as it was.
 */
public final class LibraryBuilder {

    /** The kind of the library's own output: its index page and catalogue. */
    static final String KIND = "library";

    private final BookBuilder books;

    /** A builder telling {@code imageProgress} how far each book's images are. */
    public LibraryBuilder(ImageProgress imageProgress) {
        this.books = new BookBuilder(imageProgress);
    }

    public LibraryResult build(LibraryOptions options) {
        long start = System.nanoTime();
        BuildReport report = new BuildReport();
        List<LibraryResult.Book> built = new ArrayList<>();
        for (int i = 0; i < options.projects().size(); i++) {
            Path project = options.projects().get(i);
            String folder = options.folders().get(i);
            BuildResult result = books.build(options.book(project, folder, bookAddress(options.baseUrl(), folder)));
            built.add(new LibraryResult.Book(project, folder, result));
        }
        if (built.stream().anyMatch(book -> !book.build().written()) || !distinctIdentifiers(built)) {
            return new LibraryResult(built, report, false, null, seconds(start));
        }
        Path index = options.out().resolve(SiteFiles.INDEX);
        try {
            List<Output> outputs = new ArrayList<>();
            List<LibrarySite.Shelved> shelf = new ArrayList<>();
            for (LibraryResult.Book book : built) {
                outputs.addAll(book.build().outputs());
                shelf.add(new LibrarySite.Shelved(book.folder(), siteOf(book, options)));
            }
            List<OutputFile> top = new LibrarySite(books.templates()).render(shelf, options.out(),
                    options.baseUrl() == null ? null : BaseUrl.parse(options.baseUrl()), options.language(), options.title());
            // the index page last of all: a library whose page is there is complete
            outputs.add(new Output(KIND, top.get(top.size() - 1), top, Map.of()));
            new OutputWriter(report).writeAll(outputs);
            return new LibraryResult(built, report, true, index, seconds(start));
        } catch (IOException e) {
            report.error(MessageId.OUT_001, Location.none(), index, e.getMessage());
            return new LibraryResult(built, report, false, null, seconds(start));
        } catch (BuildFailedException e) {
            return new LibraryResult(built, report, false, null, seconds(start));
        }
    }

    /** A book's site as built in its folder, dated as its build dated it. */
    private static SiteBook siteOf(LibraryResult.Book book, LibraryOptions options) throws IOException {
        BookMetadata metadata = book.build().metadata();
        BuildTimestamp updated = BuildTimestamp.of(options.sourceDateEpoch(), metadata.modified(), metadata.date());
        return SiteBook.of(metadata, updated.instant(), options.out().resolve(book.folder()), book.build().outputs());
    }

    /**
     * The folder of each project's book: named from its title as its EPUB is ({@link FileNames#slug}), a number added
     * when another book took the name ({@code kazakhstan}, {@code kazakhstan-2}). The title is read from
     * {@code book.yaml} before the build, which needs the folder; a project whose title cannot be read gets
     * {@code book} (its build then fails and says why). The command line asks them once, to refuse a folder that would
     * land among a book's sources before anything is built, and gives them to the build ({@link LibraryOptions}).
     */
    public static List<String> folders(List<Path> projects) {
        Set<String> taken = new HashSet<>();
        List<String> folders = new ArrayList<>();
        for (Path project : projects) {
            BookProject loaded = new ProjectLoader(new BuildReport()).load(project);
            String slug = FileNames.slug(loaded == null ? null : loaded.metadata().title());
            String folder = slug;
            for (int n = 2; !taken.add(folder); n++) {
                folder = slug + "-" + n;
            }
            folders.add(folder);
        }
        return folders;
    }

    /** A book's own address: its folder's under the library's ({@code https://example.org/livres/kazakhstan/}), or none given. */
    private static String bookAddress(String baseUrl, String folder) {
        return baseUrl == null ? null : BaseUrl.parse(baseUrl) + folder + "/";
    }

    /**
     * Whether every book has its own identifier: the catalogue's entries are told apart by it (Atom ids). A book that
     * repeats an earlier one's gets SITE-001 in its report, at its {@code book.yaml}.
     */
    private static boolean distinctIdentifiers(List<LibraryResult.Book> books) {
        Map<String, Path> seen = new HashMap<>();
        boolean distinct = true;
        for (LibraryResult.Book book : books) {
            String identifier = book.build().metadata().identifier();
            Path first = seen.putIfAbsent(identifier, book.project());
            if (first != null) {
                book.build().report().error(MessageId.SITE_001, Location.of(ProjectLoader.METADATA_FILE), identifier, first);
                distinct = false;
            }
        }
        return distinct;
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
