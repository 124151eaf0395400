/**
 * The web edition: the book as static HTML pages to read in any browser, written into the download site's {@code read/}
 * folder from the same manuscript as the EPUB (its text, languages and typography), with a reading frame, pop-up notes
 * and night mode of its own, and nothing loaded from elsewhere.
 */
package fr.brochures.ebook.web;
