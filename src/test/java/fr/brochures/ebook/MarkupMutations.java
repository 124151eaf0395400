package fr.brochures.ebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static fr.brochures.ebook.FuzzMutations.pick;
import static fr.brochures.ebook.FuzzMutations.read;
import static fr.brochures.ebook.FuzzMutations.write;

/**
 * Mutations of a chapter's text as a careless edit would make them, on the characters rather than on a parsed tree:
 * a tag deleted or doubled (the chapter may no longer be well-formed), awkward characters typed between two tags.
 */
final class MarkupMutations {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final List<String> TEXTS = List.of("&", "<", ">", "\u00A0", "\u202F", "« ", " »", "’", "…", "\t", "😀",
            "\u200F", "\u0000", "\u000B", "\uFFFE", " : ", " ; ", "!?", "--", "http://example.org", "40 000", "\n\n", "]]>", "\"");

    private MarkupMutations() {
    }

    private static List<int[]> tags(String text) {
        List<int[]> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(new int[] {tag.start(), tag.end()});
        }
        return tags;
    }

    static String deleteTag(Path file, Random random) throws IOException {
        String text = read(file);
        List<int[]> tags = tags(text);
        if (tags.isEmpty()) {
            return "delete tag: none in " + file.getFileName();
        }
        int[] tag = pick(tags, random);
        write(file, text.substring(0, tag[0]) + text.substring(tag[1]));
        return "delete tag " + text.substring(tag[0], tag[1]) + " of " + file.getFileName();
    }

    static String duplicateTag(Path file, Random random) throws IOException {
        String text = read(file);
        List<int[]> tags = tags(text);
        if (tags.isEmpty()) {
            return "duplicate tag: none in " + file.getFileName();
        }
        int[] tag = pick(tags, random);
        write(file, text.substring(0, tag[1]) + text.substring(tag[0], tag[1]) + text.substring(tag[1]));
        return "duplicate tag " + text.substring(tag[0], tag[1]) + " of " + file.getFileName();
    }

    static String insertText(Path file, Random random) throws IOException {
        String text = read(file);
        int body = text.indexOf("<body");
        if (body < 0) {
            return "insert text: no body in " + file.getFileName();
        }
        // only between a '>' and the next '<', i.e. in text, so that the markup stays as it was
        List<Integer> places = new ArrayList<>();
        for (int i = body; i < text.length(); i++) {
            if (text.charAt(i) == '>') {
                places.add(i + 1);
            }
        }
        int at = pick(places, random);
        String inserted = pick(TEXTS, random);
        write(file, text.substring(0, at) + inserted + text.substring(at));
        return "insert text " + HexFormat.of().formatHex(inserted.getBytes(StandardCharsets.UTF_8)) + " at " + at + " of "
                + file.getFileName();
    }
}
