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
     * Reports every {@code url()} and {@code @import} of {@code css} (the text of {@code shownName}) that is not a
     * {@code data:} URL or an import of one of {@code siblings}, the names of the book's stylesheets.
     */
    public static void check(String css, String shownName, Set<String> siblings, BuildReport report) {
        CssSyntax.stylesheetProblem(css).ifPresent(problem ->
                report.error(MessageId.CSS_001, Location.atOffset(shownName, css, problem.offset()), problem.text()));
        for (CssUrls.Found found : CssUrls.in(css)) {
            String url = found.url();
            Location where = Location.atOffset(shownName, css, found.offset());
            if (CssUrls.isRemote(url)) {
                report.error(MessageId.CSS_002, where, url);
            } else if (!url.toLowerCase(Locale.ROOT).startsWith("data:") && !siblings.contains(url)) {
                report.error(MessageId.CSS_003, where, url);
            }
        }
    }
}
