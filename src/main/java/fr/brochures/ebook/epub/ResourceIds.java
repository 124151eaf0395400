package fr.brochures.ebook.epub;

/** Manifest ids derived from file names, so that they are stable from build to build and valid XML names. */
public final class ResourceIds {

    private ResourceIds() {
    }

    /** {@code 01-introduction.xhtml} → {@code item-01-introduction-xhtml}. */
    public static String of(String href) {
        return "item-" + href.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
