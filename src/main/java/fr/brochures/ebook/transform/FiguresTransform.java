package fr.brochures.ebook.transform;

import fr.brochures.ebook.model.Chapter;
import fr.brochures.ebook.model.ImageCatalog;
import fr.brochures.ebook.project.BookFiles;
import fr.brochures.ebook.project.ProjectPaths;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Resolves every image a chapter shows: checks its alt text and path, registers it once in the catalog, and leaves of an
 * awaited photograph ({@code figure data-photo="awaited"} whose file is not there yet) only its caption, in a figure
 * marked {@code class="awaited"}. Readers are told once, on the colophon, that such photographs are not reproduced: a
 * mention at every slot repeated the same sentence in the middle of the text. The source is untouched, so the file
 * dropped into {@code book/images/} later fills the slot at the next build.
 */
public final class FiguresTransform implements ChapterTransform {

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        Path bookDir = context.project().bookDir();
        for (Element img : chapter.document().select("img")) {
            Location where = chapter.at(img);
            String src = img.attr("src").strip();
            if (src.isEmpty()) {
                context.report().error(MessageId.IMG_008, where);
                continue;
            }
            if (!img.hasAttr("alt")) {
                context.report().error(MessageId.IMG_002, where, src);
            }
            if (ProjectPaths.isRemote(src) || src.toLowerCase(java.util.Locale.ROOT).startsWith("data:")) {
                continue; // remote sources are refused by ActiveContentGuard; data: URLs carry the image itself
            }
            String relative = ProjectPaths.decodeUrlPath(src).orElse(null);
            Path file = relative == null ? null : ProjectPaths.resolveInside(bookDir, relative);
            if (file == null || !ProjectPaths.staysInside(bookDir, file)) {
                context.report().error(MessageId.LINK_002, where, src);
                continue;
            }
            String href = ProjectPaths.display(bookDir, file);
            Optional<String> unusable = href.equals(BookFiles.COVER_IMAGE)
                    ? Optional.of("the builder gives this name to the cover") : ProjectPaths.unsafeName(href);
            if (unusable.isPresent()) {
                context.report().error(MessageId.PRJ_007, where, "book/" + href, unusable.get());
                continue;
            }
            Element figure = img.closest("figure");
            boolean awaited = figure != null && "awaited".equals(figure.attr("data-photo"));
            if (!Files.isRegularFile(file)) {
                if (awaited) {
                    leaveTheCaption(img, figure, chapter, context, relative);
                } else {
                    context.report().error(MessageId.IMG_001, where, src, ImageNames.suggestion(bookDir, file));
                }
                continue;
            }
            img.attr("src", context.images().register(file, href));
        }
        chapter.document().select("figure[data-photo]").removeAttr("data-photo");
    }

    private static void leaveTheCaption(Element img, Element figure, Chapter chapter, TransformContext context, String relative) {
        if (img.nextSibling() instanceof TextNode space && space.isBlank()) {
            space.remove(); // the line the img stood on goes with it
        }
        img.remove();
        figure.addClass("awaited");
        context.images().await(new ImageCatalog.AwaitedPhoto("book/" + relative, chapter.sourceName(), figure.id()));
        context.report().note(MessageId.IMG_006, chapter.at(figure), "book/" + relative,
                figure.id().isEmpty() ? "without id" : figure.id());
    }
}
