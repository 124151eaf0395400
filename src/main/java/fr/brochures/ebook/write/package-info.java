/** Writing the EPUB 3 container from the assembled book: zip entries in spec order, fixed times, atomic replacement. */
package fr.brochures.ebook.write;
