/**
 * The download page: a small static site written beside each build (index.html from a Velocity template, a web-sized
 * copy of the prepared cover, the EPUB and Kobo files with their SHA-256, a French guide for e-readers and phones, and
 * a QR code for the EPUB's address when the site's public address is known). No scripts, no remote fonts or assets.
 */
package fr.brochures.ebook.site;
