/** The words the builder itself shows readers (headings of generated pages, note labels), from one message bundle per language. */
package fr.brochures.ebook.labels;
