package fr.brochures.ebook.render;

import java.util.List;
import java.util.Map;

/**
 * What one renderer made: its kind ({@code epub}, {@code kepub}, {@code site}…), its main file (the book, or the site's
 * page), all its files in the order they are to be put in place (the main one among them), and facts the build's
 * summary shows (a QR code's address…).
 */
public record Output(String kind, OutputFile main, List<OutputFile> files, Map<String, String> facts) {

    public Output {
        files = List.copyOf(files);
        facts = Map.copyOf(facts);
        if (!files.contains(main)) {
            throw new IllegalArgumentException("the main file is one of the output's files");
        }
    }
}
