package fr.brochures.ebook.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * exactly the same kind of French text as the real book. This class puts the books together: {@link ChapterCopies}
 * renames, {@link ExtraNotes} adds the notes, {@link PhotoSupply} supplies the photographs and {@link BookYaml} reads
 * and writes book.yaml. Usage: {@code SyntheticBooks SOURCE_PROJECT OUT_DIR [COPIES] [PHOTOS]}.
 */
public final class SyntheticBooks {

    /** The file whose text {@code CliRace} changes before a rebuild ("after changing one chapter"). */
    public static final String EDITED_CHAPTER_COPY = "c25-";
    public static final String EDIT_MARKER = "Révision 0 de ce chapitre.";

    private static final Pattern NOTE = Pattern.compile("class=\"note\"");
    private static final Pattern LAST_SECTION_END = Pattern.compile("</section>(?![\\s\\S]*</section>)");

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
        BookYaml yaml = BookYaml.of(source.resolve("book/book.yaml"));
        FileTrees.deleteRecursively(target);
        Files.createDirectories(target.resolve("book/images"));
        FileTrees.copyTree(source.resolve("styles"), target.resolve("styles"));
        FileTrees.copyTree(source.resolve("covers"), target.resolve("covers"));
        FileTrees.copyTree(source.resolve("book/images"), target.resolve("book/images"));

        Map<String, String> firstCopyNames = new LinkedHashMap<>();
        for (String chapter : yaml.chapters) {
            firstCopyNames.put(chapter, ChapterCopies.copyName(1, chapter));
        }
        List<String> front = new ArrayList<>();
        List<String> back = new ArrayList<>();
        long bytes = 0;
        for (String name : yaml.front) {
            bytes += write(target.resolve("book").resolve(name), ChapterCopies.relinkMatter(read(source, name), firstCopyNames));
            front.add(name);
        }
        for (String name : yaml.back) {
            bytes += write(target.resolve("book").resolve(name), ChapterCopies.relinkMatter(read(source, name), firstCopyNames));
            back.add(name);
        }
        int totalParagraphs = 0;
        for (String chapter : yaml.chapters) {
            totalParagraphs += count(ExtraNotes.PARAGRAPH_END, read(source, chapter));
        }
        ExtraNotes extraNotes = ExtraNotes.spreadOver(totalParagraphs);
        PhotoSupply photoSupply = new PhotoSupply(photoDir, target.resolve("book/images"), photos, copies);
        List<String> chapters = new ArrayList<>();
        int notes = 0;
        for (int copy = 1; copy <= copies; copy++) {
            extraNotes.startCopy(copy);
            photoSupply.startCopy();
            for (int c = 0; c < yaml.chapters.size(); c++) {
                String chapter = yaml.chapters.get(c);
                String text = ChapterCopies.renamed(read(source, chapter), copy, yaml.chapters);
                text = photoSupply.supplyIn(extraNotes.addTo(text));
                String name = ChapterCopies.copyName(copy, chapter);
                if (name.startsWith(EDITED_CHAPTER_COPY) && c == 0) {
                    text = LAST_SECTION_END.matcher(text).replaceFirst("<p>" + EDIT_MARKER + "</p>\n</section>");
                }
                notes += count(NOTE, text);
                bytes += write(target.resolve("book").resolve(name), text);
                chapters.add(name);
            }
        }
        for (String matter : front) {
            notes += count(NOTE, Files.readString(target.resolve("book").resolve(matter)));
        }
        if (photoDir != null && photoSupply.supplied() != photos) {
            throw new IllegalStateException("only " + photoSupply.supplied() + " awaited JPEG figures to supply in " + copies
                    + " copies of the book; " + photos + " were wanted");
        }
        Files.writeString(target.resolve("book/book.yaml"), yaml.yaml(copies, front, chapters, back, photoDir != null),
                StandardCharsets.UTF_8);
        return new Stats(chapters.size(), bytes, notes, photoSupply.supplied(), photoSupply.bytes());
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
}
