/** The starter project {@code init} writes: a small book that builds at once, showing what a new book can hold. */
package fr.brochures.ebook.starter;
