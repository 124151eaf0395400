package fr.brochures.ebook.images;

import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.util.Arrays;

/** Why an image cannot be embedded: the report code and the values its text needs after the file name. */
final class ImageRejection extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient MessageId id;
    private final transient Object[] args;
    private final int line;
    private final int column;

    ImageRejection(MessageId id, Object... args) {
        this(id, 0, 0, args);
    }

    private ImageRejection(MessageId id, int line, int column, Object[] args) {
        super(id.code(), null, false, false);
        this.id = id;
        this.args = args.clone();
        this.line = line;
        this.column = column;
    }

    /** A problem at a place in the image's file (an SVG's line and column). */
    static ImageRejection at(int line, int column, MessageId id, Object... args) {
        return new ImageRejection(id, line, column, args);
    }

    MessageId id() {
        return id;
    }

    /** Where the problem is: the image's file, and its line and column when known. */
    Location location(String shownName) {
        return line > 0 ? new Location(shownName, line, Math.max(column, 0)) : Location.of(shownName);
    }

    /** The message values, the shown file name first. */
    Object[] argsFor(String shownName) {
        Object[] all = new Object[args.length + 1];
        all[0] = shownName;
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** The code and the values, for a message outside the report (e.g. "IMG-007: the file is truncated"). */
    String detail() {
        return id.code() + ": " + String.join(", ", Arrays.stream(args).map(String::valueOf).toList());
    }

    /** An image that cannot be decoded, with a reason short enough for one report line. */
    static ImageRejection undecodable(String reason) {
        return new ImageRejection(MessageId.IMG_007, reason.replaceFirst("[.\\s]+$", "")); // the text adds its own full stop
    }
}
