package fr.brochures.ebook.markdown;

import fr.brochures.ebook.project.ChapterFile;
import org.jsoup.nodes.Element;

import java.util.regex.Pattern;

/**
 * Points a Markdown chapter's links to other Markdown chapters at the files they become in the book:
 * {@code [la suite](02-suite.md#grève)} leads to {@code 02-suite.xhtml#grève}, so that the Markdown reads right in an
 * editor's preview and in the book alike. LinkCheck then checks them as any other link.
 */
final class ChapterLinks {

    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

    private ChapterLinks() {
    }

    /** Rewrites the links under {@code root} that name a {@code .md} file of the book. */
    static void rewrite(Element root) {
        for (Element link : root.select("a[href]")) {
            String href = link.attr("href");
            if (SCHEME.matcher(href).find()) {
                continue;
            }
            int hash = href.indexOf('#');
            String file = hash < 0 ? href : href.substring(0, hash);
            if (file.endsWith(ChapterFile.MARKDOWN)) {
                link.attr("href", ChapterFile.hrefOf(file) + (hash < 0 ? "" : href.substring(hash)));
            }
        }
    }
}
