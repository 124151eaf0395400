package fr.brochures.ebook.web;

import org.jsoup.nodes.Element;

/**
 * Lets the browser pick each photograph's copy for the screen ({@code srcset} and {@code sizes}, see {@link WebImages}),
 * and gives it the picture's size in pixels so that the page does not jump while it loads. SVG images stay as they are.
 */
final class ResponsiveImages {

    /**
     * How wide an image is shown: the text column (at most {@value #COLUMN}), less on a narrower screen. Only a hint for
     * choosing a copy: the stylesheets decide the real width.
     */
    static final String COLUMN = "40rem";
    static final String SIZES = "(min-width: " + COLUMN + ") " + COLUMN + ", 100vw";

    private final WebImages images;

    ResponsiveImages(WebImages images) {
        this.images = images;
    }

    void apply(Element root) {
        for (Element img : root.select("img[src]")) {
            WebImages.Responsive image = images.responsive(img.attr("src"));
            if (image == null) {
                continue;
            }
            img.attr("src", image.src());
            if (image.candidates().size() > 1) {
                img.attr("srcset", image.srcset());
                img.attr("sizes", SIZES);
            }
            img.attr("width", String.valueOf(image.width()));
            img.attr("height", String.valueOf(image.height()));
        }
    }
}
