package fr.brochures.ebook.checks;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.util.Locale;
import java.util.Set;

/** Refuses stylesheets that are not valid CSS, load from the network, or refer to files the book does not embed (fonts, images). */
public final class StylesheetCheck {

    private StylesheetCheck() {
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
                report.error(MessageId.CSS_003, where, url);
            }
        }
    }
}
