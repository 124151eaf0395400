/**
 * The EPUB builder: the pipeline that turns a book project into an EPUB 3 file and its other outputs
 * ({@link fr.brochures.ebook.BookBuilder}), and several projects into one site ({@link fr.brochures.ebook.LibraryBuilder}).
 */
package fr.brochures.ebook;
