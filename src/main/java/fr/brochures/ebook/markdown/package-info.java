/** Reading chapters written in Markdown into the same XHTML tree an XHTML chapter gives, placed on the Markdown's own lines. */
package fr.brochures.ebook.markdown;
