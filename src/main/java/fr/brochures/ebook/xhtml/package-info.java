/** Reading chapter files strictly and safely as XHTML, and writing XHTML documents the way e-readers need them. */
package fr.brochures.ebook.xhtml;
