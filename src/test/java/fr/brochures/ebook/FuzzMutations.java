package fr.brochures.ebook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The damage {@link FuzzBuildTest} does to a book project: one random mutation at a time, drawn from the seeded
 * {@link Random} so that a failure replays. This class picks the mutation and does the byte-level ones (any file);
 * {@link MarkupMutations}, {@link ElementMutations} and {@link SourceFileMutations} do the others.
 */
final class FuzzMutations {

    private static final List<String> CHAPTERS = List.of("book/01-premier.xhtml", "book/02-second.xhtml");
    private static final List<String> FILES = List.of("book/01-premier.xhtml", "book/02-second.xhtml", "book/book.yaml",
            "book/images/schema.svg", "styles/book.css", "covers/cover.jpg");

    private FuzzMutations() {
    }

    /** Applies one random mutation and says what it did. */
    static String mutate(Path project, Random random) throws IOException {
        // the chapter is drawn before the mutation, whatever the mutation: the seeds' sequences depend on this order
        Path chapter = project.resolve(pick(CHAPTERS, random));
        return switch (random.nextInt(16)) {
            case 0 -> truncate(chapter, random);
            case 1 -> MarkupMutations.deleteTag(chapter, random);
            case 2 -> MarkupMutations.duplicateTag(chapter, random);
            case 3 -> ElementMutations.deleteElement(chapter, random);
            case 4 -> ElementMutations.duplicateElement(chapter, random);
            case 5 -> insertBytes(project.resolve(pick(FILES, random)), random);
            case 6 -> swap(project, random);
            case 7, 8 -> SourceFileMutations.mutateYaml(project.resolve("book/book.yaml"), random);
            case 9 -> SourceFileMutations.corruptSvg(project.resolve("book/images/schema.svg"), random);
            case 10, 11 -> ElementMutations.insertSnippet(chapter, random);
            case 12 -> ElementMutations.setAttribute(chapter, random);
            case 13 -> ElementMutations.moveElement(chapter, random);
            case 14 -> MarkupMutations.insertText(chapter, random);
            default -> SourceFileMutations.appendCss(project.resolve("styles/book.css"), random);
        };
    }

    static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = random.nextInt(bytes.length + 1);
        Files.write(file, Arrays.copyOf(bytes, at));
        return "truncate " + file.getFileName() + " at byte " + at;
    }

    private static String insertBytes(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] inserted = new byte[1 + random.nextInt(8)];
        random.nextBytes(inserted);
        int at = random.nextInt(bytes.length + 1);
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        Files.write(file, result);
        return "insert " + HexFormat.of().formatHex(inserted) + " at byte " + at + " of " + file.getFileName();
    }

    private static String swap(Path project, Random random) throws IOException {
        String a = pick(FILES, random);
        String b = pick(FILES, random);
        byte[] first = Files.readAllBytes(project.resolve(a));
        Files.write(project.resolve(a), Files.readAllBytes(project.resolve(b)));
        Files.write(project.resolve(b), first);
        return "swap " + a + " and " + b;
    }
}
