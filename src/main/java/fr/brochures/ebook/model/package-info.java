/** The book in memory: chapters being transformed, their notes and images, and the read-only manuscript the renderers read. */
package fr.brochures.ebook.model;
