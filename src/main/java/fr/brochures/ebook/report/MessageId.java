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
    /** A file name that cannot be used inside an EPUB (a space, a reserved name, not .xhtml). */
    PRJ_007,
    /** Two chapter files that would have the same name in the EPUB (x.md and x.xhtml). */
    PRJ_008,
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
    /** book.yaml: a tab used for indentation. */
    YAML_001,
    /** book.yaml: a quote that is never closed. */
    YAML_002,
    /** book.yaml: a line without {@code :} after its key. */
    YAML_003,
    /** book.yaml: the same key twice in one mapping. */
    YAML_004,
    /** book.yaml: indentation that does not line up with the lines above. */
    YAML_005,
    /** book.yaml: brackets ({@code [ ]}, <code>{ }</code>) that do not pair up. */
    YAML_006,
    /** book.yaml: a value starting with a character YAML reserves ({@code @ ` %}). */
    YAML_007,
    /** book.yaml: {@code ": "} inside a value that is not in quotes. */
    YAML_008,
    /** book.yaml: an alias ({@code *name}) of an anchor that is not defined. */
    YAML_009,
    /** book.yaml: a tag ({@code !name}, {@code !!set}) that is not plain data. */
    YAML_010,
    /** book.yaml: text after the closing quote of a value. */
    YAML_011,
    /** book.yaml: a second document ({@code ---}) or text after its end ({@code ...}). */
    YAML_012,
    /** book.yaml: an escape double quotes do not know (a backslash before a letter that is not an escape). */
    YAML_013,
    /** book.yaml: a control character or a non-character. */
    YAML_014,
    /** book.yaml: more aliases of lists or mappings than a book needs (alias bombs). */
    YAML_015,
    /** book.yaml: lists and mappings nested deeper than a book needs. */
    YAML_016,
    /** book.yaml: longer than a book's metadata can be. */
    YAML_017,
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
    /** A chapter without a heading (of any level) or hgroup to title it. */
    XHTML_006,
    /** A remote resource (image, stylesheet, font). */
    XHTML_008,
    /** An element where XHTML5 does not allow it (a second title, a block in a paragraph, a link in a link…). */
    XHTML_009,
    /** An attribute XHTML5 does not allow on its element, or a value of the wrong form. */
    XHTML_010,
    /** Elements nested deeper than any book needs (a chapter or an SVG image): see {@code xhtml.NestingDepth}. */
    XHTML_011,
    /** A chapter's own stylesheet link, replaced by the book's styles (a note). */
    XHTML_012,
    /** An epub:type value whose prefix nobody declares (a warning: the value is left out). */
    XHTML_013,
    /** An internal link that leads nowhere. */
    LINK_001,
    /** A path that reaches outside the project. */
    LINK_002,
    /** A link with a scheme e-readers cannot follow (file:, data:…). */
    LINK_003,
    /** An empty note. */
    NOTE_001,
    /** A note reference without a note (bare noteref typed by hand). */
    NOTE_002,
    /** A note with an unknown data-by value. */
    NOTE_003,
    /** A note holding what the notes page cannot keep (a heading, a figure, text between its paragraphs…). */
    NOTE_004,
    /** A note Kobo will not show in a pop-up (under 9 or over 5 000 characters): a warning. */
    NOTE_005,
    /** A link to a note of a notes file that does not exist or that the text never references. */
    NOTE_006,
    /** A note of a notes file referenced twice. */
    NOTE_007,
    /** A note of a notes file that the text never references (a warning: it is left out). */
    NOTE_008,
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
    /** A Markdown note referenced but never defined. */
    MD_001,
    /** A Markdown note defined but never referenced. */
    MD_002,
    /** A Markdown note holding more than one paragraph, or a block. */
    MD_003,
    /** A Markdown note defined twice. */
    MD_004,
    /** A Markdown note without text. */
    MD_005,
    /** An HTML block in a Markdown chapter. */
    MD_006,
    /** Inline XHTML in a Markdown chapter that is not well-formed. */
    MD_007,
    /** The cover is missing. */
    COVER_001,
    /** The cover has the wrong size. */
    COVER_002,
    /** A stylesheet problem. */
    CSS_001,
    /** A stylesheet that loads a remote resource (@import, @font-face, url()). */
    CSS_002,
    /** A stylesheet that refers to a file the book does not embed. */
    CSS_003,
    /** A chapter's {@code <link>} to a stylesheet that is not in styles/ (the link is dropped: every chapter gets them all). */
    CSS_004,
    /** An output file could not be written: none of the build's outputs was put in place. */
    OUT_001,
    /** An output file could not be put in place after others were: the message names those. */
    OUT_002,
    /** Two books of one library site ({@code site DIR…}) with the same identifier: the catalogue could not tell them apart. */
    SITE_001,
    /** The builder has no words in the book's language for the pages it writes. */
    LANG_001,
    /** EPUBCheck finding. */
    CHECK_001,
    /** EPUBCheck found a problem in a book the build was about to publish (build --check). */
    CHECK_002,
    /** build --check cannot run EPUBCheck. */
    CHECK_003,
    /** An SVG image with a script, an event handler, embedded HTML or a reference outside the book. */
    IMG_009;

    /** The printed code, e.g. {@code NOTE-001}. */
    public String code() {
        return name().replace('_', '-');
    }
}
