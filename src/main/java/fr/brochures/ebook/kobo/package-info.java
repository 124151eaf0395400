/** The Kobo edition (kepub): the EPUB renderer with its documents converted the way Kobo's own conversion does. */
package fr.brochures.ebook.kobo;
