package fr.brochures.ebook.markdown;

import fr.brochures.ebook.report.Location;

import java.util.Arrays;

/**
 * Turns an offset in a Markdown file's text (where the parser says a construct starts) into its line and column, the
 * column counted in characters from 1 as every other message counts it.
 */
final class SourceLines {

    private final String shownName;
    private final String text;
    private final int[] starts;

    SourceLines(String shownName, String text) {
        this.shownName = shownName;
        this.text = text;
        this.starts = lineStarts(text);
    }

    /** The place of the character at {@code offset}. */
    Location at(int offset) {
        int end = Math.min(Math.max(offset, 0), text.length());
        int line = Arrays.binarySearch(starts, end);
        if (line < 0) {
            line = -line - 2; // the last line starting before the offset
        }
        return new Location(shownName, line + 1, text.codePointCount(starts[line], end) + 1);
    }

    /** The file alone, for a problem of the whole file. */
    Location file() {
        return Location.of(shownName);
    }

    /** The offsets at which lines start (after \n, \r\n or a lone \r), the first being 0. */
    private static int[] lineStarts(String text) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        return Arrays.copyOf(starts, count);
    }
}
