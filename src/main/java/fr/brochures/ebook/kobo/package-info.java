/** The Kobo edition: the same book with what Kobo's reader needs to paginate, highlight and pop up notes (.kepub.epub). */
package fr.brochures.ebook.kobo;
