/** Validation of written EPUB files with W3C EPUBCheck, as its own step outside the normal build. */
package fr.brochures.ebook.epubcheck;
