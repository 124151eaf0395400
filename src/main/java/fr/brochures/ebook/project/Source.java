package fr.brochures.ebook.project;

/** An original text this edition translates: its title, who published it, when, and where. */
public record Source(String title, String publisher, String date, String url) {
}
