package fr.brochures.ebook.checks;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.project.ProjectPaths;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.Set;

/**
 * Refuses what does not belong in a book: scripts, frames, forms, embedded objects, inline event handlers, and remote
 * resources (a book must show the same thing offline; EPUB 3.3 §3.3 asks for remote resources to be declared, and
 * e-readers do not fetch them).
 */
public final class ActiveContentGuard implements ChapterCheck {

    private static final Set<String> FORBIDDEN = Set.of("script", "iframe", "frame", "frameset", "form", "object", "embed",
            "applet", "input", "button", "select", "textarea", "base", "audio", "video", "source", "track", "canvas", "template",
            "dialog", "noscript");

    @Override
    public String name() {
        return "active-content-guard";
    }

    @Override
    public void check(Chapter chapter, CheckContext context) {
        for (Element element : chapter.document().getAllElements()) {
            Location where = chapter.at(element);
            String tag = element.normalName();
            if (FORBIDDEN.contains(tag)) {
                context.report().error(MessageId.XHTML_002, where, tag);
            }
            for (Attribute attribute : element.attributes()) {
                String key = attribute.getKey().toLowerCase(Locale.ROOT);
                if (key.startsWith("on")) {
                    context.report().error(MessageId.XHTML_003, where, attribute.getKey(), tag);
                }
                if (key.equals("href") && attribute.getValue().strip().toLowerCase(Locale.ROOT).startsWith("javascript:")) {
                    context.report().error(MessageId.XHTML_003, where, "href=\"javascript:…\"", tag);
                }
            }
            String remote = remoteResource(element);
            if (remote != null) {
                context.report().error(MessageId.XHTML_008, where, tag, remote);
            }
        }
        checkInlineStyles(chapter, context);
    }

    /** The URL of a resource the element would load from the network (not a plain link a reader follows). */
    private static String remoteResource(Element element) {
        String tag = element.normalName();
        String attribute = switch (tag) {
            case "img", "audio", "video", "source", "track", "input" -> "src";
            case "link" -> "href";
            case "image", "use" -> element.hasAttr("xlink:href") ? "xlink:href" : "href";
            default -> null;
        };
        if (attribute == null) {
            return null;
        }
        String value = element.attr(attribute).strip();
        return ProjectPaths.isRemote(value) ? value : null;
    }

    private static void checkInlineStyles(Chapter chapter, CheckContext context) {
        for (Element styled : chapter.document().select("[style], style")) {
            ParsedCss css = styled.normalName().equals("style") ? ParsedCss.stylesheet(styled.data())
                    : ParsedCss.declarations(styled.attr("style"));
            for (ParsedCss.Url url : css.urls()) {
                if (ParsedCss.isRemote(url.url())) {
                    context.report().error(MessageId.XHTML_008, chapter.at(styled), styled.normalName(), url.url());
                }
            }
        }
    }
}
