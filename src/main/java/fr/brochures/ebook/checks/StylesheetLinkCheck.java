package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.ClosestFile;
import fr.brochures.ebook.project.ProjectPaths;
import fr.brochures.ebook.report.DidYouMean;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Warns about a chapter's {@code <link rel="stylesheet">} into styles/ naming a file that is not there (a misspelt
 * name), naming the closest that is. The builder gives every chapter all the stylesheets of styles/ in name order and drops the chapter's own links, so
 * such a link (a misspelt name, a stylesheet kept elsewhere) would do nothing without a word. A link to one of them, as
 * a chapter previewed in a browser has it ({@code ../styles/book.css}, or {@code styles/book.css} as in the EPUB), is
 * fine; a remote one is {@link ActiveContentGuard}'s to refuse.
 */
public final class StylesheetLinkCheck implements ChapterCheck {

    /** The folders a chapter's link may name the stylesheets in: the project's, seen from book/, and the EPUB's. */
    private static final List<String> STYLE_FOLDERS = List.of("../styles/", "styles/", "./styles/");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    @Override
    public String name() {
        return "stylesheet-link-check";
    }

    @Override
    public void check(Chapter chapter, CheckContext context) {
        List<String> stylesheets = context.project().stylesheetNames().stream().sorted().toList();
        for (Element link : chapter.document().select("link[href]")) {
            String href = link.attr("href").strip();
            if (!isStylesheet(link) || href.isEmpty() || href.startsWith("//") || SCHEME.matcher(href).find()) {
                continue;
            }
            String path = ProjectPaths.decodeUrlPath(href.replaceFirst("[?#].*", "")).orElse(href);
            String folder = path.substring(0, path.lastIndexOf('/') + 1);
            String name = path.substring(folder.length());
            boolean inStyles = STYLE_FOLDERS.contains(folder);
            // a link elsewhere (Standard Ebooks' ../css/core.css) is the chapter's own styling, which XHTML-012 notes
            if (!inStyles || stylesheets.contains(name)) {
                continue;
            }
            context.report().warning(MessageId.CSS_004, chapter.at(link), href,
                    DidYouMean.of(ClosestFile.among(name, stylesheets).map(closest -> folder + closest)));
        }
    }

    private static boolean isStylesheet(Element link) {
        return Arrays.stream(link.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")).anyMatch("stylesheet"::equals);
    }
}
