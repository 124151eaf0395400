/**
 * The download page: a small static site written beside each build (index.html from a Velocity template, a link to read
 * the book online in its web edition when the build made one, a web-sized copy of the prepared cover and its thumbnail,
 * the EPUB and Kobo files with their SHA-256, an OPDS 1.2 catalogue of the book for e-reader apps, a guide for
 * e-readers and phones, and a QR code for the EPUB's address when the site's public address is known); and the top of
 * a library of such sites, its index page and catalogue ({@link fr.brochures.ebook.site.LibrarySite}). No scripts, no
 * remote fonts or assets. The pages are in the book's language when {@code site_xx.properties} has its words (French),
 * else in English ({@link fr.brochures.ebook.site.SiteText}).
 */
package fr.brochures.ebook.site;
