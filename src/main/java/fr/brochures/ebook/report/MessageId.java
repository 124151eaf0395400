package fr.brochures.ebook.report;

/** Stable codes of every problem the builder reports; their texts are in {@code messages.properties}. */
public enum MessageId {
    /** The project folder or a required part of it is missing. */
    PRJ_001,
    /** A file listed in the reading order does not exist. */
    PRJ_002,
    /** A file cannot be read. */
    PRJ_003,
    /** A file is not valid UTF-8. */
    PRJ_004,
    /** A chapter file is listed twice. */
    PRJ_005,
    /** A chapter file in book/ is not in the reading order. */
    PRJ_006,
    /** The metadata file is not valid YAML. */
    META_001,
    /** A required metadata key is missing. */
    META_002,
    /** A metadata value has the wrong kind. */
    META_003,
    /** An unknown metadata key. */
    META_004,
    /** No licence is given. */
    META_005,
    /** A role is not a MARC relator code. */
    META_006,
    /** Malformed XHTML. */
    XHTML_001,
    /** A forbidden element (script, iframe, form, object, embed). */
    XHTML_002,
    /** An inline event handler attribute. */
    XHTML_003,
    /** A DOCTYPE that declares entities or points outside. */
    XHTML_004,
    /** A duplicate id. */
    XHTML_005,
    /** A chapter without a title (h1). */
    XHTML_006,
    /** A chapter with more than one h1. */
    XHTML_007,
    /** A remote resource (image, stylesheet, font). */
    XHTML_008,
    /** An internal link that leads nowhere. */
    LINK_001,
    /** A path that reaches outside the project. */
    LINK_002,
    /** An empty note. */
    NOTE_001,
    /** A note reference without a note (bare noteref typed by hand). */
    NOTE_002,
    /** A note with an unknown data-by value. */
    NOTE_003,
    /** A note holding block elements. */
    NOTE_004,
    /** An image file is missing. */
    IMG_001,
    /** An img without alt. */
    IMG_002,
    /** An image whose content does not match its name. */
    IMG_003,
    /** An image format not supported. */
    IMG_004,
    /** An image too large to decode safely. */
    IMG_005,
    /** A photograph awaited from the editors. */
    IMG_006,
    /** An image cannot be decoded. */
    IMG_007,
    /** An img without src. */
    IMG_008,
    /** The cover is missing. */
    COVER_001,
    /** The cover has the wrong size. */
    COVER_002,
    /** A stylesheet problem. */
    CSS_001,
    /** The EPUB could not be written. */
    OUT_001,
    /** EPUBCheck finding. */
    CHECK_001;

    /** The printed code, e.g. {@code NOTE-001}. */
    public String code() {
        return name().replace('_', '-');
    }
}
