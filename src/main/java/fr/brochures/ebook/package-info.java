/** The EPUB builder: the pipeline that turns a book project into an EPUB 3 file. */
package fr.brochures.ebook;
