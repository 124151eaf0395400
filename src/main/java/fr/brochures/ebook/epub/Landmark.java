package fr.brochures.ebook.epub;

/** One landmark of the navigation document: its structural type (cover, bodymatter…), title and target. */
public record Landmark(String type, String title, String href) {
}
