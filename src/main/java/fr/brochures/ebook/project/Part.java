package fr.brochures.ebook.project;

/** Where a chapter file sits in the book: before, in, or after the main matter. */
public enum Part {
    FRONT("frontmatter"),
    BODY("bodymatter"),
    BACK("backmatter");

    private final String epubType;

    Part(String epubType) {
        this.epubType = epubType;
    }

    /** The EPUB structural semantics term for the chapter's body (https://www.w3.org/TR/epub-ssv-11/). */
    public String epubType() {
        return epubType;
    }
}
