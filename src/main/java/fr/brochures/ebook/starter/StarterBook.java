package fr.brochures.ebook.starter;

/**
 * What {@code init} was told about the new book; a null field takes the starter's own placeholder (its title, its
 * author) in the starter's language.
 *
 * @param title    the book's title, or null
 * @param language the book's language, a BCP 47 tag (never null)
 * @param author   who makes it, or null
 */
public record StarterBook(String title, String language, String author) {
}
