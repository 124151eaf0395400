/** Generated documents (cover, title page, colophon, endnotes, navigation, package, NCX) rendered from Velocity templates. */
package fr.brochures.ebook.pages;
