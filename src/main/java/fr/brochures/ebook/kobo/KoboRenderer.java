package fr.brochures.ebook.kobo;

import fr.brochures.ebook.epub.EpubRenderer;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.Outputs;
import fr.brochures.ebook.render.Renderer;
import fr.brochures.ebook.write.BuildTimestamp;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The Kobo edition, {@code <name>.kepub.epub} beside the EPUB: Kobo shows pop-up notes and uses its own reader only for
 * files so named. The same book as the EPUB, its documents converted ({@link KoboEdition}).
 */
public final class KoboRenderer implements Renderer {

    /** The kind of the Kobo edition's output. */
    public static final String KIND = "kepub";

    private final EpubRenderer epub;

    public KoboRenderer(Path epubTarget, BuildTimestamp timestamp, Supplier<PageRenderer> templates) {
        this.epub = new EpubRenderer(KIND, kepubPath(epubTarget), timestamp, templates, new KoboEdition());
    }

    /** False: the Kobo edition is made again from the manuscript, not from the EPUB. */
    @Override
    public boolean readsEarlierOutputs() {
        return false;
    }

    @Override
    public Output render(Manuscript manuscript, Outputs earlier) {
        return epub.render(manuscript, earlier);
    }

    /** {@code book.epub} → {@code book.kepub.epub}. */
    public static Path kepubPath(Path epub) {
        String name = epub.getFileName().toString();
        String base = name.toLowerCase(Locale.ROOT).endsWith(".epub") ? name.substring(0, name.length() - 5) : name;
        return epub.resolveSibling(base + ".kepub.epub");
    }
}
