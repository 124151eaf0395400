/** Checks that only report problems in the chapters and stylesheets, and never change them. */
package fr.brochures.ebook.checks;
