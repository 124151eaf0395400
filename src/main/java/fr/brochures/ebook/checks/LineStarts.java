package fr.brochures.ebook.checks;

import java.util.Arrays;

/** Where each line of a text starts (after \n, \r\n or a lone \r), to turn a parser's line and column into an offset. */
final class LineStarts {

    private LineStarts() {
    }

    /** The offsets at which the text's lines start, the first being 0. */
    static int[] of(String text) {
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
