/** Problems found while building a book, collected as coded messages in one build report. */
package fr.brochures.ebook.report;
