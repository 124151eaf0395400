/**
 * Transforms of chapter trees, one per class, each named for what it does to the book, and the pass that runs the checks
 * and the transforms over every chapter. A transform reports what stops it from doing its work (a note it cannot number,
 * an image it cannot find, a chapter without a body); what only reports is in {@code checks}.
 */
package fr.brochures.ebook.transform;
