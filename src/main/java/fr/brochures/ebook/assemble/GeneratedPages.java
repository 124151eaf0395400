package fr.brochures.ebook.assemble;

/** The pages the builder writes itself, as XHTML bytes; {@code endnotes} is null when the book has no notes. */
public record GeneratedPages(byte[] cover, byte[] titlePage, byte[] endnotes, byte[] colophon) {
}
