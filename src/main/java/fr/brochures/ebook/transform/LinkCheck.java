package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.Endnotes;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Checks, once all chapters are transformed, that every internal link leads to a chapter and an anchor that exist, and
 * that no link leaves the project by a relative path. Links to a body's id are refused too: Send-to-Kindle rejects them.
 */
public final class LinkCheck {

    private LinkCheck() {
    }

    /** Reports every internal link of {@code chapters} that leads nowhere. */
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
            Location where = Location.of(chapter.sourceName());
            for (Element link : chapter.document().select("a[href]")) {
                String href = link.attr("href").strip();
                if (isExternal(href) || link.attr("epub:type").contains("noteref")) {
                    continue;
                }
                checkOne(href, chapter.href(), anchors, generatedFiles, report, where);
            }
        }
    }

    private static void checkOne(String href, String from, Map<String, Set<String>> anchors, Set<String> generated,
                                 BuildReport report, Location where) {
        int hash = href.indexOf('#');
        String file = URLDecoder.decode(hash < 0 ? href : href.substring(0, hash), StandardCharsets.UTF_8);
        String fragment = hash < 0 ? "" : href.substring(hash + 1);
        if (file.startsWith("/") || file.startsWith("../") || file.contains("/../")) {
            report.error(MessageId.LINK_002, where, href);
            return;
        }
        String target = file.isEmpty() ? from : file;
        if (generated.contains(target) && !target.equals(Endnotes.HREF)) {
            return;
        }
        Set<String> ids = anchors.get(target);
        if (ids == null) {
            report.error(MessageId.LINK_001, where, href, "there is no chapter '" + target + "' in the reading order");
        } else if (!fragment.isEmpty() && !ids.contains(fragment)) {
            report.error(MessageId.LINK_001, where, href, "'" + target + "' has no element with id '" + fragment + "'");
        }
    }

    private static boolean isExternal(String href) {
        String lower = href.toLowerCase(Locale.ROOT);
        return lower.matches("^[a-z][a-z0-9+.-]*:.*");
    }
}
