/** Transforms of chapter trees, one per class, each named for what it does to the book. */
package fr.brochures.ebook.transform;
