package fr.brochures.ebook.site;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.pages.Credit;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.render.OutputFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The top of a library of books published as one site ({@code site DIR… -o OUT}): each book's own site is in a folder
 * of its own, and this makes what is above them, {@code OUT/index.html}, the index page of the books (from
 * {@code templates/site/library.html.vm}, styled as the download page), and {@code OUT/catalog.xml}, the OPDS catalogue
 * of every book, its links leading into the books' folders. The page is in the books' language when they share one,
 * else in English, unless a language is asked for.
 */
public final class LibrarySite {

    private static final String TEMPLATE = "site/library.html.vm";

    private final PageRenderer renderer;

    public LibrarySite(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** A book of the library: the name of its folder (a file-name slug) and its site as built there. */
    public record Shelved(String folder, SiteBook site) {
    }

    /** A book as the index page shows it, every link relative to the page. */
    public record Listed(String href, String title, String subtitle, String language, String languageName,
                         List<Credit> credits, SiteBook.Image thumbnail) {
    }

    /**
     * The index page and the catalogue of {@code books} in {@code dir}, in writing order (the page last). The page's
     * language is {@code language} when given, else {@link #pageLanguage}; its title {@code title} when given, else the
     * bundle's word for books. With the site's address {@code baseUrl} (may be null) the page gives the catalogue's
     * whole address.
     */
    public List<OutputFile> render(List<Shelved> books, Path dir, BaseUrl baseUrl, String language, String title) {
        SiteText text = SiteText.forLanguage(language != null ? language : pageLanguage(books));
        String pageLanguage = text.language();
        String heading = title != null && !title.isBlank() ? title.strip() : text.get("library.title");

        List<CatalogEntry> entries = books.stream()
                .map(book -> book.site().catalogEntry().within(SiteFiles.href(book.folder()))).toList();
        Catalog catalog = new Catalog(Catalog.id(baseUrl, entries.stream().map(CatalogEntry::identifier).toList()), heading,
                pageLanguage, publishers(entries), Catalog.latest(entries), entries);

        Locale pageLocale = Locale.forLanguageTag(pageLanguage);
        Labels labels = Labels.forLanguage(pageLanguage);
        List<Listed> listed = new ArrayList<>();
        for (Shelved book : books) {
            String folder = SiteFiles.href(book.folder());
            SiteBook.Image thumbnail = book.site().thumbnail();
            String tag = book.site().metadata().language();
            listed.add(new Listed(folder + "/" + SiteFiles.href(SiteFiles.INDEX), book.site().metadata().title(),
                    text(book.site().metadata().subtitle()), tag, Locale.forLanguageTag(tag).getDisplayName(pageLocale),
                    Credit.of(book.site().metadata().creators(), labels),
                    thumbnail == null ? null : new SiteBook.Image(folder + "/" + thumbnail.href(), thumbnail.width(), thumbnail.height())));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("textXhtml", text);
        model.put("pageLanguage", pageLanguage);
        model.put("title", heading);
        model.put("books", listed);
        model.put("catalog", SiteFiles.href(SiteFiles.CATALOG));
        model.put("catalogUrl", baseUrl == null ? "" : baseUrl.resolve(SiteFiles.CATALOG));
        model.put("catalogType", CatalogLink.ACQUISITION_FEED);
        return List.of(OutputFile.of(dir.resolve(SiteFiles.CATALOG), catalog.render(renderer)),
                OutputFile.of(dir.resolve(SiteFiles.INDEX), renderer.renderBytes(TEMPLATE, model)));
    }

    /**
     * The language of the index page when none is asked for: the one the books' download pages share (a French and a
     * Canadian French book: French), else {@value SiteText#FALLBACK_LANGUAGE}, whose words every reader of several
     * languages is likeliest to read.
     */
    public static String pageLanguage(List<Shelved> books) {
        Set<String> pages = new LinkedHashSet<>();
        books.forEach(book -> pages.add(SiteText.forLanguage(book.site().metadata().language()).language()));
        return pages.size() == 1 ? pages.iterator().next() : SiteText.FALLBACK_LANGUAGE;
    }

    /** Who publishes the catalogue: the books' publishers, each once (none: every entry names its authors, as Atom allows). */
    private static List<String> publishers(List<CatalogEntry> entries) {
        return entries.stream().map(CatalogEntry::publisher).filter(p -> !p.isEmpty()).distinct().toList();
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
