package fr.brochures.ebook.report;

/** Where a problem is: a file of the book project, and a line and column when known (0 when not). */
public record Location(String file, int line, int column) {

    /** A whole file, no position. */
    public static Location of(String file) {
        return new Location(file, 0, 0);
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
