/** The book project on disk: its metadata file, its chapters in reading order, styles and cover. */
package fr.brochures.ebook.project;
