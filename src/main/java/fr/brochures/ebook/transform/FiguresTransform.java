package fr.brochures.ebook.transform;

import fr.brochures.ebook.BuildContext;
import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.project.ProjectPaths;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Resolves every image a chapter shows: checks its alt text and path, registers it once in the catalog, and replaces an
 * awaited photograph ({@code figure data-photo="awaited"} whose file is not there yet) by a short mention for readers.
 */
public final class FiguresTransform implements ChapterTransform {

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public void apply(Chapter chapter, BuildContext context) {
        Location where = Location.of(chapter.sourceName());
        Path bookDir = context.project().bookDir();
        for (Element img : chapter.document().select("img")) {
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                context.report().error(MessageId.IMG_008, where);
                continue;
            }
            if (!img.hasAttr("alt")) {
                context.report().error(MessageId.IMG_002, where, src);
            }
            if (ActiveContentGuard.isRemote(src) || src.contains(":")) {
                continue; // remote sources are refused by ActiveContentGuard; other schemes cannot be files
            }
            String relative = URLDecoder.decode(src, StandardCharsets.UTF_8);
            Path file = bookDir.resolve(relative).normalize();
            if (relative.startsWith("/") || !ProjectPaths.isInside(bookDir, file)) {
                context.report().error(MessageId.LINK_002, where, src);
                continue;
            }
            Element figure = img.closest("figure");
            boolean awaited = figure != null && "awaited".equals(figure.attr("data-photo"));
            if (!Files.isRegularFile(file)) {
                if (awaited) {
                    replaceByMention(img, figure, chapter, context, relative);
                } else {
                    context.report().error(MessageId.IMG_001, where, src);
                }
                continue;
            }
            String href = context.images().register(file, ProjectPaths.display(bookDir, file));
            img.attr("src", href);
        }
        chapter.document().select("figure[data-photo]").removeAttr("data-photo");
    }

    private static void replaceByMention(Element img, Element figure, Chapter chapter, BuildContext context, String relative) {
        Element mention = new Element("p").addClass("photo-awaited").text(context.labels().get("photo.awaited"));
        img.replaceWith(mention);
        figure.addClass("awaited");
        context.images().await(new ImageCatalog.AwaitedPhoto("book/" + relative, chapter.sourceName(), figure.id()));
        context.report().note(MessageId.IMG_006, Location.of(chapter.sourceName()), "book/" + relative,
                figure.id().isEmpty() ? "without id" : figure.id());
    }
}
