package fr.brochures.ebook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Makes the synthetic books of the benchmarks from a real book project (the brochure):
 * <ul>
 * <li>{@code x50/}: the body chapters copied 50 times (300 chapters, about 7 MB of XHTML), every id, fragment and
 * chapter link renamed per copy (prefix {@code cNN-}), each copy's h1 and title numbered, and 12 more notes per copy
 * (8 + 12 = 20 a copy, 1000 in all); the front and back matter once; a generated {@code book/book.yaml} with the
 * brochure's metadata and the new reading order;</li>
 * <li>{@code x50-photos/}: the same book where two awaited photographs of each copy are supplied: 100 generated
 * JPEG photographs of 3000 × 2000 pixels ({@link Photos}).</li>
 * </ul>
 * The text is the brochure's, byte for byte apart from the renamed ids and the added notes, so both tools are given
 * exactly the same kind of French text as the real book. Usage: {@code SyntheticBooks SOURCE_PROJECT OUT_DIR [COPIES] [PHOTOS]}.
 */
public final class SyntheticBooks {

    /** The file whose text {@code CliRace} changes before a rebuild ("after changing one chapter"). */
    public static final String EDITED_CHAPTER_COPY = "c25-";
    public static final String EDIT_MARKER = "Révision 0 de ce chapitre.";

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");
    private static final Pattern H1_END = Pattern.compile("</h1>");
    private static final Pattern TITLE_END = Pattern.compile("</title>");
    private static final Pattern PARAGRAPH_END = Pattern.compile("</p>");
    private static final Pattern AWAITED_IMG = Pattern.compile(
            "(<figure\\b[^>]*data-photo=\"awaited\"[^>]*>\\s*<img\\b[^>]*?\\bsrc=\")([^\"]+\\.jpe?g)(\")");
    private static final Pattern LAST_SECTION_END = Pattern.compile("</section>(?![\\s\\S]*</section>)");

    private static final int EXTRA_NOTES_PER_COPY = 12;

    private SyntheticBooks() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticBooks SOURCE_PROJECT OUT_DIR [COPIES] [PHOTOS]");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path out = Path.of(args[1]);
        int copies = args.length > 2 ? Integer.parseInt(args[2]) : 50;
        int photos = args.length > 3 ? Integer.parseInt(args[3]) : 100;
        long start = System.nanoTime();
        Stats text = make(source, out.resolve("x" + copies), copies, 0, null);
        Path photoDir = out.resolve("photos-3000x2000");
        Photos.ensure(photoDir, photos, 3000, 2000);
        Stats withPhotos = make(source, out.resolve("x" + copies + "-photos"), copies, photos, photoDir);
        System.out.printf("synthetic books in %s: x%d: %d chapters, %.1f MB of XHTML, %d notes in the sources; "
                        + "x%d-photos: %d photographs (%.0f MB); %.1f s%n", out, copies, text.chapters, text.bytes / 1e6, text.notes,
                copies, withPhotos.photos, withPhotos.photoBytes / 1e6, (System.nanoTime() - start) / 1e9);
    }

    record Stats(int chapters, long bytes, int notes, int photos, long photoBytes) {
    }

    /** Writes one synthetic project; {@code photos} awaited photographs are supplied (2 a copy) when photoDir is set. */
    static Stats make(Path source, Path target, int copies, int photos, Path photoDir) throws IOException {
        Reading reading = Reading.of(source.resolve("book/book.yaml"));
        deleteRecursively(target);
        Files.createDirectories(target.resolve("book/images"));
        copyTree(source.resolve("styles"), target.resolve("styles"));
        copyTree(source.resolve("covers"), target.resolve("covers"));
        copyTree(source.resolve("book/images"), target.resolve("book/images"));

        Map<String, String> firstCopyNames = new LinkedHashMap<>();
        for (String chapter : reading.chapters) {
            firstCopyNames.put(chapter, copyName(1, chapter));
        }
        List<String> front = new ArrayList<>();
        List<String> back = new ArrayList<>();
        long bytes = 0;
        for (String name : reading.front) {
            bytes += write(target.resolve("book").resolve(name), relinkMatter(read(source, name), firstCopyNames));
            front.add(name);
        }
        for (String name : reading.back) {
            bytes += write(target.resolve("book").resolve(name), relinkMatter(read(source, name), firstCopyNames));
            back.add(name);
        }
        int totalParagraphs = 0;
        for (String chapter : reading.chapters) {
            totalParagraphs += count(PARAGRAPH_END, read(source, chapter));
        }
        int stride = Math.max(1, totalParagraphs / EXTRA_NOTES_PER_COPY);
        List<String> chapters = new ArrayList<>();
        int notes = 0;
        int supplied = 0;
        long photoBytes = 0;
        for (int copy = 1; copy <= copies; copy++) {
            int paragraph = 0;
            int addedNotes = 0;
            int photosThisCopy = photoDir == null ? 0 : Math.min(photos - supplied, (photos + copies - 1) / copies);
            for (int c = 0; c < reading.chapters.size(); c++) {
                String chapter = reading.chapters.get(c);
                String text = renamed(read(source, chapter), copy, reading.chapters);
                // more notes, evenly spread over the copy's paragraphs
                StringBuilder withNotes = new StringBuilder();
                Matcher p = PARAGRAPH_END.matcher(text);
                int last = 0;
                while (p.find()) {
                    withNotes.append(text, last, p.start());
                    if (paragraph % stride == stride / 2 && addedNotes < EXTRA_NOTES_PER_COPY) {
                        addedNotes++;
                        withNotes.append("<span class=\"note\" data-by=\"translator\">Note ajoutée pour le banc d’essai (copie ")
                                .append(copy).append(", note ").append(addedNotes)
                                .append(") : elle éprouve la numérotation des notes d’un long livre.</span>");
                    }
                    paragraph++;
                    withNotes.append("</p>");
                    last = p.end();
                }
                text = withNotes.append(text, last, text.length()).toString();
                // photographs: the copy's first awaited JPEG figures get a real file
                if (photosThisCopy > 0) {
                    Matcher img = AWAITED_IMG.matcher(text);
                    StringBuilder withPhotos = new StringBuilder();
                    while (img.find()) {
                        String src = img.group(2);
                        if (photosThisCopy > 0) {
                            supplied++;
                            photosThisCopy--;
                            String file = String.format("photo-%03d.jpg", supplied);
                            Path photo = photoDir.resolve(Photos.fileName(supplied));
                            Files.copy(photo, target.resolve("book/images").resolve(file), StandardCopyOption.REPLACE_EXISTING);
                            photoBytes += Files.size(photo);
                            src = "images/" + file;
                        }
                        img.appendReplacement(withPhotos, Matcher.quoteReplacement(img.group(1) + src + img.group(3)));
                    }
                    img.appendTail(withPhotos);
                    text = withPhotos.toString();
                }
                String name = copyName(copy, chapter);
                if (name.startsWith(EDITED_CHAPTER_COPY) && c == 0) {
                    text = LAST_SECTION_END.matcher(text).replaceFirst("<p>" + EDIT_MARKER + "</p>\n</section>");
                }
                notes += count(Pattern.compile("class=\"note\""), text);
                bytes += write(target.resolve("book").resolve(name), text);
                chapters.add(name);
            }
        }
        for (String matter : front) {
            notes += count(Pattern.compile("class=\"note\""), Files.readString(target.resolve("book").resolve(matter)));
        }
        if (photoDir != null && supplied != photos) {
            throw new IllegalStateException("only " + supplied + " awaited JPEG figures to supply in " + copies
                    + " copies of the book; " + photos + " were wanted");
        }
        Files.writeString(target.resolve("book/book.yaml"), reading.yaml(copies, front, chapters, back, photoDir != null),
                StandardCharsets.UTF_8);
        return new Stats(chapters.size(), bytes, notes, supplied, photoBytes);
    }

    /** The file name of a chapter's copy: {@code c07-02-name.xhtml}. */
    static String copyName(int copy, String chapter) {
        return String.format("c%02d-%s", copy, chapter);
    }

    /** The chapter with every id, fragment and chapter link renamed for its copy, and its titles numbered. */
    static String renamed(String text, int copy, List<String> chapters) {
        String prefix = String.format("c%02d-", copy);
        String result = ID.matcher(text).replaceAll(m -> Matcher.quoteReplacement("id=\"" + prefix + m.group(1) + "\""));
        result = HREF.matcher(result).replaceAll(m -> Matcher.quoteReplacement("href=\"" + relink(m.group(1), copy, chapters) + "\""));
        result = H1_END.matcher(result).replaceFirst(Matcher.quoteReplacement(" (" + copy + ")</h1>"));
        return TITLE_END.matcher(result).replaceFirst(Matcher.quoteReplacement(" (" + copy + ")</title>"));
    }

    private static String relink(String href, int copy, List<String> chapters) {
        String prefix = String.format("c%02d-", copy);
        if (href.startsWith("#")) {
            return "#" + prefix + href.substring(1);
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        if (!chapters.contains(file)) {
            return href; // a web address, a mail address, an image
        }
        return copyName(copy, file) + (hash < 0 ? "" : "#" + prefix + href.substring(hash + 1));
    }

    /** Front and back matter link to the chapters' first copy. */
    private static String relinkMatter(String text, Map<String, String> firstCopyNames) {
        return HREF.matcher(text).replaceAll(m -> {
            String href = m.group(1);
            int hash = href.indexOf('#');
            String file = hash < 0 ? href : href.substring(0, hash);
            String renamed = firstCopyNames.get(file);
            String result = renamed == null ? href : renamed + (hash < 0 ? "" : "#c01-" + href.substring(hash + 1));
            return Matcher.quoteReplacement("href=\"" + result + "\"");
        });
    }

    private static int count(Pattern pattern, String text) {
        int n = 0;
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static String read(Path source, String chapter) throws IOException {
        return Files.readString(source.resolve("book").resolve(chapter), StandardCharsets.UTF_8);
    }

    private static long write(Path file, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path dest = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(file, dest, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }

    /** The reading order of book.yaml and the rest of its lines, read without a YAML library (comments kept). */
    static final class Reading {
        final List<String> front = new ArrayList<>();
        final List<String> chapters = new ArrayList<>();
        final List<String> back = new ArrayList<>();
        final List<String> otherLines = new ArrayList<>();
        String title;

        static Reading of(Path yaml) throws IOException {
            Reading reading = new Reading();
            List<String> current = null;
            for (String line : Files.readAllLines(yaml, StandardCharsets.UTF_8)) {
                Matcher key = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s*(.*)$").matcher(line);
                if (key.matches()) {
                    current = switch (key.group(1)) {
                        case "front" -> reading.front;
                        case "chapters" -> reading.chapters;
                        case "back" -> reading.back;
                        default -> null;
                    };
                    String value = key.group(2).strip();
                    if (current != null) {
                        if (value.startsWith("[")) {
                            for (String item : value.replaceAll("[\\[\\]]", "").split(",")) {
                                if (!item.isBlank()) {
                                    current.add(unquote(item.strip()));
                                }
                            }
                        }
                        continue;
                    }
                    if (key.group(1).equals("title")) {
                        reading.title = unquote(value);
                        continue;
                    }
                    if (key.group(1).equals("identifier")) {
                        continue;
                    }
                    reading.otherLines.add(line);
                } else if (current != null && line.matches("^\\s*-\\s+.*")) {
                    current.add(unquote(line.replaceFirst("^\\s*-\\s+", "").replaceFirst("\\s+#.*$", "").strip()));
                } else if (current != null && (line.isBlank() || line.startsWith(" "))) {
                    // inside the reading-order block
                } else {
                    current = null;
                    reading.otherLines.add(line);
                }
            }
            if (reading.chapters.isEmpty() || reading.title == null) {
                throw new IllegalStateException(yaml + ": no title or no chapters found");
            }
            return reading;
        }

        String yaml(int copies, List<String> front, List<String> chapters, List<String> back, boolean photos) {
            String newTitle = this.title + " ×" + copies + (photos ? " (photographies)" : "");
            StringBuilder out = new StringBuilder("# Generated by bench/ (SyntheticBooks): the brochure's chapters " + copies
                    + " times, for the benchmarks. Do not edit.\n");
            out.append("title: \"").append(newTitle.replace("\"", "\\\"")).append("\"\n");
            out.append("identifier: urn:uuid:").append(UUID.nameUUIDFromBytes(newTitle.getBytes(StandardCharsets.UTF_8))).append('\n');
            for (String line : otherLines) {
                out.append(line).append('\n');
            }
            appendList(out, "front", front);
            appendList(out, "chapters", chapters);
            appendList(out, "back", back);
            return out.toString();
        }

        private static void appendList(StringBuilder out, String key, List<String> items) {
            if (items.isEmpty()) {
                return;
            }
            out.append(key).append(":\n");
            for (String item : items) {
                out.append("  - ").append(item).append('\n');
            }
        }

        private static String unquote(String value) {
            String v = value.strip();
            if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
                return v.substring(1, v.length() - 1);
            }
            return v;
        }
    }
}
