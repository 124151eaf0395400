package fr.brochures.ebook.checks;

import fr.brochures.ebook.project.ClosestFile;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.DidYouMean;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.util.Locale;
import java.util.Set;

/** Refuses stylesheets that are not valid CSS, load from the network, or refer to files the book does not embed (fonts, images). */
public final class StylesheetCheck {

    private StylesheetCheck() {
    }

    /**
     * For an import of a stylesheet that is not there ({@code @import "bsae.css"}), the book's stylesheet closest to it:
     * an import of one of them is the only file a stylesheet may refer to, so nothing else is suggested.
     */
    private static DidYouMean closestSibling(String url, Set<String> siblings) {
        if (!url.toLowerCase(Locale.ROOT).endsWith(".css")) {
            return DidYouMean.none();
        }
        String name = url.substring(url.lastIndexOf('/') + 1);
        return DidYouMean.of(ClosestFile.among(name, siblings.stream().sorted().toList()));
    }

    /**
     * Reports the first syntax error of {@code css} (the text of {@code shownName}), its {@code direction} and
     * {@code unicode-bidi} declarations, and every {@code url()}, {@code @import} and {@code @font-face src} that is not a
     * {@code data:} URL or an import of one of {@code siblings}, the names of the book's stylesheets.
     */
    public static void check(String css, String shownName, Set<String> siblings, BuildReport report) {
        ParsedCss parsed = ParsedCss.stylesheet(css);
        for (ParsedCss.Problem problem : parsed.problems()) {
            report.error(MessageId.CSS_001, Location.atOffset(shownName, css, problem.offset()), problem.text());
        }
        for (ParsedCss.Url found : parsed.urls()) {
            String url = found.url();
            Location where = Location.atOffset(shownName, css, found.offset());
            if (ParsedCss.isRemote(url)) {
                report.error(MessageId.CSS_002, where, url);
            } else if (!url.toLowerCase(Locale.ROOT).startsWith("data:") && !siblings.contains(url)) {
                report.error(MessageId.CSS_003, where, url, closestSibling(url, siblings));
            }
        }
    }
}
