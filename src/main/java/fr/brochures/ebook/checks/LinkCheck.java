package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.ProjectPaths;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks, once all chapters are transformed, that every internal link leads to a chapter and an anchor that exist, and
 * that no link leaves the project by a relative path. Links to a body's id are refused too: Send-to-Kindle rejects them.
 */
public final class LinkCheck {

    /** The schemes of links e-readers hand to a browser or a mail program; javascript: is refused by ActiveContentGuard. */
    private static final Set<String> FOLLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel", "ftp", "javascript");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

    private LinkCheck() {
    }

    /**
     * Reports every internal link of {@code chapters} that leads nowhere; links into {@code generatedFiles} (the pages
     * the builder writes but the notes page, whose anchors are the builder's, and files checked otherwise) are not
     * checked.
     */
    public static void check(List<Chapter> chapters, Set<String> generatedFiles, BuildReport report) {
        Map<String, Set<String>> anchors = new HashMap<>();
        for (Chapter chapter : chapters) {
            Set<String> ids = new HashSet<>();
            chapter.document().select("[id]").forEach(e -> ids.add(e.id()));
            Element body = chapter.document().selectFirst("body");
            if (body != null && !body.id().isEmpty()) {
                ids.remove(body.id());
            }
            anchors.put(chapter.href(), ids);
        }
        for (Chapter chapter : chapters) {
            for (Element link : chapter.document().select("a[href]")) {
                if (!link.attr("epub:type").contains("noteref")) {
                    checkLink(link.attr("href").strip(), chapter, chapter.at(link), anchors, generatedFiles, report);
                }
            }
            for (Chapter.NoteLink link : chapter.noteLinks()) {
                checkLink(link.href(), chapter, link.location(), anchors, generatedFiles, report);
            }
        }
    }

    private static void checkLink(String href, Chapter chapter, Location where, Map<String, Set<String>> anchors,
                                  Set<String> generatedFiles, BuildReport report) {
        String scheme = scheme(href);
        if (scheme == null) {
            checkOne(href, chapter.href(), anchors, generatedFiles, report, where);
        } else if (scheme.equals("file")) {
            report.error(MessageId.LINK_002, where, href);
        } else if (!FOLLOWED_SCHEMES.contains(scheme)) {
            report.error(MessageId.LINK_003, where, href, "'" + scheme + ":'");
        }
    }

    private static void checkOne(String href, String from, Map<String, Set<String>> anchors, Set<String> generated,
                                 BuildReport report, Location where) {
        int hash = href.indexOf('#');
        String file = ProjectPaths.decodeUrlPath(hash < 0 ? href : href.substring(0, hash)).orElse(null);
        String fragment = hash < 0 ? "" : ProjectPaths.decodeUrlPath(href.substring(hash + 1)).orElse(null);
        if (file == null || fragment == null) {
            report.error(MessageId.LINK_001, where, href, "a %XX escape in it is not valid; write the characters themselves");
            return;
        }
        if (!file.isEmpty() && ProjectPaths.resolveInside(Path.of("book"), file) == null) {
            report.error(MessageId.LINK_002, where, href);
            return;
        }
        String target = file.isEmpty() ? from : Path.of(file).normalize().toString().replace('\\', '/');
        if (generated.contains(target)) {
            return;
        }
        Set<String> ids = anchors.get(target);
        if (ids == null) {
            report.error(MessageId.LINK_001, where, href, "there is no chapter '" + target + "' in the reading order");
        } else if (hash >= 0 && !ids.contains(fragment)) {
            report.error(MessageId.LINK_001, where, href, fragment.isEmpty() ? "write the id of the place after '#'"
                    : "'" + target + "' has no element with id '" + fragment + "'");
        }
    }

    /** The scheme of {@code href} when it has one ({@code https}, {@code mailto}…), else null. */
    private static String scheme(String href) {
        Matcher scheme = SCHEME.matcher(href);
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : null;
    }
}
