package fr.brochures.ebook.report;

/** Where a problem is: a file of the book project, and a line and column when known (0 when not). */
public record Location(String file, int line, int column) {

    /** A whole file, no position. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
    }

    /** The line and column (from 1) of the character at {@code offset} of {@code text}, the content of {@code file}. */
    public static Location atOffset(String file, String text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(Math.max(offset, 0), text.length());
        for (int i = 0; i < end; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Location(file, line, text.codePointCount(lineStart, end) + 1);
    }

    /** No particular file (the project as a whole). */
    public static Location none() {
        return new Location("", 0, 0);
    }

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return "";
        }
        if (line <= 0) {
            return file;
        }
        return column > 0 ? file + ":" + line + ":" + column : file + ":" + line;
    }
}
