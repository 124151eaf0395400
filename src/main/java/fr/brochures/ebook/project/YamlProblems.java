package fr.brochures.ebook.project;

import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.ConstructorException;
import org.snakeyaml.engine.v2.exceptions.DuplicateKeyException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ParserException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Says what is wrong with a book.yaml the YAML library could not read, in the words of someone who types it (a tab, a
 * quote never closed, a missing {@code :}, a key given twice, a line that does not line up…), at the line and column
 * where it is to be fixed, which is not always where the library stopped (an unclosed quote is fixed where it opens).
 * The library's own text (SnakeYAML Engine 3.2: its messages are matched here, and pinned by {@code YamlProblemsTest})
 * is kept only for what is not foreseen, as META-001.
 */
final class YamlProblems {

    private static final Pattern DUPLICATE_KEY = Pattern.compile("found duplicate key (.*)");
    private static final Pattern UNDEFINED_ALIAS = Pattern.compile("found undefined alias (.*)");
    private static final Pattern TAG = Pattern.compile("could not determine a constructor for the tag (.*)");
    private static final Pattern BLOCK_END = Pattern.compile("expected <block end>, but found '?(.*?)'?");
    private static final Pattern NODE_CONTENT = Pattern.compile("expected the node content, but found '?(.*?)'?");
    /** A key and the quote its value opens with: {@code title: "…}, {@code - '…}. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("^\\s*(?:-\\s+)?(?:[^\\s#\"'][^:#]*:\\s+|-\\s+)?([\"'])");

    /** A problem found, to be reported: its code, where it is, its values. */
    record Found(MessageId id, Location where, Object... args) {
    }

    private final String text;
    private final String file;
    private final String[] lines;

    private YamlProblems(String text, String file) {
        this.text = text;
        this.file = file;
        this.lines = text.split("\r?\n|\r", -1);
    }

    /** What the library's {@code exception} means for {@code text}, the content of {@code file}. */
    static Found describe(YamlEngineException exception, String text, String file) {
        try {
            return new YamlProblems(text, file).describe(exception);
        } catch (RuntimeException unforeseen) {
            // reading the text around a problem must never turn a broken book.yaml into a crash: the library's words then
            return new Found(MessageId.META_001, Location.of(file), String.valueOf(exception.getMessage()));
        }
    }

    private Found describe(YamlEngineException exception) {
        if (exception instanceof MarkedYamlEngineException marked) {
            return marked(marked);
        }
        if (exception instanceof ReaderException reader) {
            int offset = text.offsetByCodePoints(0, Math.min(reader.getPosition(), text.codePointCount(0, text.length())));
            return new Found(MessageId.YAML_014, Location.atOffset(file, text, offset),
                    String.format(Locale.ROOT, "%04X", reader.getCodePoint()));
        }
        String message = String.valueOf(exception.getMessage());
        if (message.startsWith("Number of aliases")) {
            return new Found(MessageId.YAML_015, Location.of(file), YamlLoader.MAX_ALIASES);
        }
        if (message.contains("exceeds the limit")) {
            return new Found(MessageId.YAML_017, Location.of(file), YamlLoader.MAX_CODE_POINTS);
        }
        return new Found(MessageId.META_001, Location.of(file), message);
    }

    private Found marked(MarkedYamlEngineException e) {
        String problem = String.valueOf(e.getProblem());
        String context = e.getContext() == null ? "" : e.getContext();
        Optional<Mark> at = e.getProblemMark().or(e::getContextMark);
        Location where = at.map(this::location).orElse(Location.of(file));
        Matcher matcher;
        if ((e instanceof ScannerException || e instanceof ParserException) && at.isPresent()) {
            Optional<Found> unclosed = unclosedQuoteBefore(at.get().getLine());
            if (unclosed.isPresent()) {
                return unclosed.get();
            }
        }
        if (e instanceof DuplicateKeyException && (matcher = DUPLICATE_KEY.matcher(problem)).matches()) {
            return new Found(MessageId.YAML_004, where, matcher.group(1), firstLineOf(matcher.group(1), at));
        }
        if (e instanceof ConstructorException && (matcher = TAG.matcher(problem)).matches()) {
            // as it is written: !!set, not the library's tag:yaml.org,2002:set
            return new Found(MessageId.YAML_010, where, matcher.group(1).replaceFirst("^tag:yaml\\.org,2002:", "!!"));
        }
        if (e instanceof ComposerException) {
            if ((matcher = UNDEFINED_ALIAS.matcher(problem)).matches()) {
                return new Found(MessageId.YAML_009, where, matcher.group(1));
            }
            if (context.contains("expected a single document")) {
                return new Found(MessageId.YAML_012, where, "---");
            }
            if (problem.startsWith(YamlLoader.TOO_DEEP)) {
                return new Found(MessageId.YAML_016, where, YamlLoader.MAX_DEPTH);
            }
        }
        if (e instanceof ScannerException) {
            Optional<Found> found = scanner(problem, context, e, where);
            if (found.isPresent()) {
                return found.get();
            }
        }
        if (e instanceof ParserException && at.isPresent()) {
            Optional<Found> found = parser(problem, e, at.get(), where);
            if (found.isPresent()) {
                return found.get();
            }
        }
        String said = context.isBlank() ? "" : " (" + context + ")";
        return new Found(MessageId.META_001, where, problem + said);
    }

    private Optional<Found> scanner(String problem, String context, MarkedYamlEngineException e, Location where) {
        if (problem.contains("(TAB)")) {
            return Optional.of(new Found(MessageId.YAML_001, where));
        }
        if (context.contains("quoted scalar") && e.getContextMark().isPresent() && problem.startsWith("found unexpected")) {
            Mark quote = e.getContextMark().get();
            return Optional.of(unclosedQuote(location(quote), characterAt(quote.getLine(), quote.getColumn())));
        }
        if (context.contains("simple key") && problem.contains("could not find expected ':'") && e.getContextMark().isPresent()) {
            int line = e.getContextMark().get().getLine();
            return Optional.of(new Found(MessageId.YAML_003, new Location(file, line + 1, 1), shown(line)));
        }
        if ((context.contains("scanning an alias") || context.contains("scanning an anchor") || context.contains("block scalar"))
                && e.getContextMark().isPresent()) {
            // "*text*", "> text": a * or & the rest of the value does not make a name of, a | or > followed by text
            Mark mark = e.getContextMark().get();
            return Optional.of(new Found(MessageId.YAML_007, location(mark), characterAt(mark.getLine(), mark.getColumn())));
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token") && e.getProblemMark().isPresent()) {
            Mark mark = e.getProblemMark().get();
            return Optional.of(new Found(MessageId.YAML_007, where, characterAt(mark.getLine(), mark.getColumn())));
        }
        if (problem.startsWith("found unknown escape character") && e.getProblemMark().isPresent()) {
            Mark mark = e.getProblemMark().get();
            return Optional.of(new Found(MessageId.YAML_013, where, characterAt(mark.getLine(), mark.getColumn())));
        }
        if (problem.startsWith("sequence entries are not allowed here")) {
            return Optional.of(new Found(MessageId.YAML_005, where)); // "key:  - item" on one line
        }
        if (problem.startsWith("mapping values are not allowed here") && e.getProblemMark().isPresent()) {
            return Optional.of(colonInAValue(e.getProblemMark().get(), where));
        }
        return Optional.empty();
    }

    private Optional<Found> parser(String problem, MarkedYamlEngineException e, Mark mark, Location where) {
        if (problem.startsWith("expected ',' or ") && e.getContextMark().isPresent()) {
            return Optional.of(new Found(MessageId.YAML_006, location(e.getContextMark().get())));
        }
        Matcher content = NODE_CONTENT.matcher(problem);
        if (content.matches()) {
            // a value starting with , ] } where a value was expected; in a [list] or {mapping}, brackets out of pairs
            boolean inBrackets = String.valueOf(e.getContext()).contains("flow");
            String found = content.group(1);
            return Optional.of(found.equals(",") || (!inBrackets && found.length() == 1)
                    ? new Found(MessageId.YAML_007, where, found)
                    : new Found(inBrackets ? MessageId.YAML_006 : MessageId.YAML_005, where));
        }
        Matcher blockEnd = BLOCK_END.matcher(problem);
        if (blockEnd.matches()) {
            String found = blockEnd.group(1);
            if (found.equals("]") || found.equals("}")) {
                return Optional.of(new Found(MessageId.YAML_006, where));
            }
            String before = lineText(mark.getLine()).substring(0, offsetInLine(mark.getLine(), mark.getColumn())).stripTrailing();
            if (found.equals("<scalar>") && (before.endsWith("\"") || before.endsWith("'"))) {
                return Optional.of(new Found(MessageId.YAML_011, where));
            }
            return Optional.of(new Found(MessageId.YAML_005, where));
        }
        if (problem.startsWith("expected '<document start>'")) {
            for (int line = mark.getLine() - 1; line >= 0; line--) {
                if (lineText(line).strip().equals("...")) {
                    return Optional.of(new Found(MessageId.YAML_012, new Location(file, line + 1, 1), "..."));
                }
            }
            return Optional.of(new Found(MessageId.YAML_005, where));
        }
        return Optional.empty();
    }

    /**
     * A {@code :} and a space that YAML cannot take as a key's: the second of its line is inside a value ({@code title: A: B}),
     * the first follows a line whose key lacks its space ({@code title:A}) or is indented under a line it cannot belong to.
     */
    private Found colonInAValue(Mark colon, Location where) {
        String line = lineText(colon.getLine());
        String before = line.substring(0, offsetInLine(colon.getLine(), colon.getColumn()));
        if (before.contains(": ")) {
            return new Found(MessageId.YAML_008, where);
        }
        for (int previous = colon.getLine() - 1; previous >= 0; previous--) {
            String above = lineText(previous);
            if (above.isBlank() || above.strip().startsWith("#")) {
                continue;
            }
            if (above.matches("\\s*(-\\s+)?[^\\s:#\"'][^:]*:[^\\s].*") && !above.contains(": ")) {
                return new Found(MessageId.YAML_003, new Location(file, previous + 1, 1), shown(previous));
            }
            break;
        }
        int indent = line.length() - line.stripLeading().length();
        return new Found(MessageId.YAML_005, new Location(file, colon.getLine() + 1, line.codePointCount(0, indent) + 1));
    }

    /**
     * The first value, on a line before {@code problemLine}, that opens a quote closed only on that line or later (or
     * never): the parser read the following keys as its text and failed further on. A quoted value that goes on over a
     * few lines and is closed before is YAML, and is passed over.
     */
    private Optional<Found> unclosedQuoteBefore(int problemLine) {
        for (int line = 0; line < problemLine && line < lines.length; line++) {
            Matcher opening = QUOTED_VALUE.matcher(lines[line]);
            if (!opening.find()) {
                continue;
            }
            int closedOn = closingLine(line, opening.end(1), opening.group(1).charAt(0));
            if (closedOn < 0 || closedOn >= problemLine) {
                return Optional.of(unclosedQuote(new Location(file, line + 1, lines[line].codePointCount(0, opening.start(1)) + 1),
                        opening.group(1)));
            }
            line = closedOn; // what follows the value on its last line is not the start of another
        }
        return Optional.empty();
    }

    /** The line where the {@code quote} opened at {@code from} of {@code line} is closed ({@code \"} and {@code ''} are quotes inside), or -1. */
    private int closingLine(int line, int from, char quote) {
        for (int l = line; l < lines.length; l++) {
            String text = lines[l];
            for (int i = l == line ? from : 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == '"' && c == '\\') {
                    i++;
                } else if (c == quote) {
                    if (quote == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                        i++;
                    } else {
                        return l;
                    }
                }
            }
        }
        return -1;
    }

    private Found unclosedQuote(Location where, String quote) {
        return new Found(MessageId.YAML_002, where, quote, quote.equals("'") ? "''" : "\\\"");
    }

    /** The line where {@code key} was first given in the same mapping (same indentation, above), or 0 when not found. */
    private int firstLineOf(String key, Optional<Mark> second) {
        if (second.isEmpty()) {
            return 0;
        }
        String indent = lineText(second.get().getLine()).substring(0, offsetInLine(second.get().getLine(), second.get().getColumn()));
        Pattern first = Pattern.compile(Pattern.quote(indent.replace('-', ' ')) + "[\"']?" + Pattern.quote(key) + "[\"']?\\s*:(\\s.*)?");
        for (int line = 0; line < second.get().getLine(); line++) {
            // the first key of a list item stands after its "- ": in the same column as the item's other keys
            if (first.matcher(lineText(line).replaceFirst("^(\\s*)- ", "$1  ")).matches()) {
                return line + 1;
            }
        }
        return 0;
    }

    private Location location(Mark mark) {
        return new Location(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    private String lineText(int line) {
        return line >= 0 && line < lines.length ? lines[line] : "";
    }

    /** The line as the message shows it: without its indentation, cut after 60 characters. */
    private String shown(int line) {
        String stripped = lineText(line).strip();
        return stripped.length() > 60 ? stripped.substring(0, 60) + "…" : stripped;
    }

    /** The offset in the line's text of its {@code column}th code point (the library counts code points). */
    private int offsetInLine(int line, int column) {
        String text = lineText(line);
        return text.offsetByCodePoints(0, Math.min(column, text.codePointCount(0, text.length())));
    }

    private String characterAt(int line, int column) {
        String text = lineText(line);
        int offset = offsetInLine(line, column);
        return offset < text.length() ? new String(Character.toChars(text.codePointAt(offset))) : "";
    }
}
