/** The EPUB 3 renderer: the manuscript assembled in epublib's model with its generated pages, navigation, NCX and package document, written as an EPUB 3 container. */
package fr.brochures.ebook.epub;
