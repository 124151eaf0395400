/** The book in memory between loading and assembly: chapters as XHTML trees, their notes and images. */
package fr.brochures.ebook.model;
