/** What every renderer shares: the one small interface, and the files an output is made of. */
package fr.brochures.ebook.render;
