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

    /** The project's folders an image path may not lead into. */
    private static final java.util.List<String> OUT_OF_BOUNDS = java.util.List.of("target", "covers", "styles");

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
            Path file = relative == null ? null : imageFile(context.project().root(), bookDir, relative);
            if (file == null) {
                context.report().error(MessageId.LINK_002, where, src);
                continue;
            }
            // an image of book/ keeps its path from the chapters; one elsewhere in the project (Standard Ebooks'
            // ../images/) its path from the project, so that no two files take one name
            boolean inBook = ProjectPaths.isInside(bookDir, file);
            String href = ProjectPaths.display(inBook ? bookDir : context.project().root(), file);
            Optional<String> unusable = href.equals(BookFiles.COVER_IMAGE)
                    ? Optional.of("the builder gives this name to the cover") : ProjectPaths.unsafeName(href);
            if (unusable.isEmpty() && !context.images().freeFor(file, href)) {
                unusable = Optional.of("another image of the book has this name in the EPUB (" + href + ")");
            }
            if (unusable.isPresent()) {
                context.report().error(MessageId.PRJ_007, where, context.project().display(file), unusable.get());
                continue;
            }
            Element figure = img.closest("figure");
            boolean awaited = figure != null && "awaited".equals(figure.attr("data-photo"));
            if (!Files.isRegularFile(file)) {
                if (awaited) {
                    leaveTheCaption(img, figure, chapter, context, context.project().display(file));
                } else {
                    context.report().error(MessageId.IMG_001, where, src, ImageNames.suggestion(bookDir, file));
                }
                continue;
            }
            img.attr("src", context.images().register(file, href));
        }
        chapter.document().select("figure[data-photo]").removeAttr("data-photo");
    }

    /**
     * The file an image path of a chapter names: inside book/, or elsewhere in the project (Standard Ebooks' layout
     * puts images beside the text, {@code ../images/}) but for the folders that are not the book's images: the outputs
     * ({@code target/}), the cover's own files ({@code covers/}) and the stylesheets. Null when it leads elsewhere.
     */
    private static Path imageFile(Path root, Path bookDir, String relative) {
        Path file = ProjectPaths.resolveInside(bookDir, relative);
        if (file != null) {
            return ProjectPaths.staysInside(bookDir, file) ? file : null;
        }
        Path inProject = relative.startsWith("../") ? ProjectPaths.resolveInside(root, relative.substring(3)) : null;
        if (inProject == null || !ProjectPaths.staysInside(root, inProject)) {
            return null;
        }
        for (String folder : OUT_OF_BOUNDS) {
            if (ProjectPaths.isInside(root.resolve(folder), inProject)) {
                return null;
            }
        }
        return inProject;
    }

    private static void leaveTheCaption(Element img, Element figure, Chapter chapter, TransformContext context, String expected) {
        if (img.nextSibling() instanceof TextNode space && space.isBlank()) {
            space.remove(); // the line the img stood on goes with it
        }
        img.remove();
        figure.addClass("awaited");
        context.images().await(new ImageCatalog.AwaitedPhoto(expected, chapter.sourceName(), figure.id()));
        context.report().note(MessageId.IMG_006, chapter.at(figure), expected,
                figure.id().isEmpty() ? "without id" : figure.id());
    }
}
