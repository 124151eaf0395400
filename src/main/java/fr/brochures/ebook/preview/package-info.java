/** The live preview: the last good build's site served from memory on loopback, rebuilt when a source is saved, and the open page reloaded. */
package fr.brochures.ebook.preview;
