package fr.brochures.ebook;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;

/**
 * The damage {@link FuzzBuildTest} does to a book project (the example book {@code notes-and-figure}): one
 * {@link Mutation} at a time, its choices (which file, where, what) drawn from a {@link Random} made from a seed, so that
 * a mutation is a pair (kind, seed), drawn from a try's seeded generator and replayed from it. This class does the byte-level mutations
 * (any file) and the encodings; {@link MarkupMutations}, {@link ElementMutations} and {@link SourceFileMutations} do the
 * others.
 */
final class FuzzMutations {

    static final List<String> CHAPTERS = List.of("book/01-premier.xhtml", "book/02-second.xhtml");
    /** The files written by hand as text: what an editor may truncate or save in another encoding. */
    static final List<String> TEXT_FILES = List.of("book/01-premier.xhtml", "book/02-second.xhtml", "book/book.yaml",
            "styles/book.css");
    static final List<String> FILES = List.of("book/01-premier.xhtml", "book/02-second.xhtml", "book/book.yaml",
            "book/images/schema.svg", "styles/book.css", "covers/cover.jpg");

    /** Encodings a text editor may save a file in; the builder reads UTF-8 only (a BOM is fine). */
    private static final List<String> ENCODINGS = List.of("UTF-16", "UTF-16LE", "UTF-16BE", "UTF-32", "ISO-8859-1",
            "windows-1252", "UTF-8+BOM");

    /** One kind of damage; {@link #apply} draws its choices from {@code random} and says what it did. */
    enum Mutation {
        TRUNCATE {
            @Override
            String apply(Path project, Random random) throws IOException {
                return truncate(project.resolve(pick(TEXT_FILES, random)), random);
            }
        },
        DELETE_TAG {
            @Override
            String apply(Path project, Random random) throws IOException {
                return MarkupMutations.deleteTag(chapter(project, random), random);
            }
        },
        DUPLICATE_TAG {
            @Override
            String apply(Path project, Random random) throws IOException {
                return MarkupMutations.duplicateTag(chapter(project, random), random);
            }
        },
        INSERT_TEXT {
            @Override
            String apply(Path project, Random random) throws IOException {
                return MarkupMutations.insertText(chapter(project, random), random);
            }
        },
        DELETE_ELEMENT {
            @Override
            String apply(Path project, Random random) throws IOException {
                return ElementMutations.deleteElement(chapter(project, random), random);
            }
        },
        DUPLICATE_ELEMENT {
            @Override
            String apply(Path project, Random random) throws IOException {
                return ElementMutations.duplicateElement(chapter(project, random), random);
            }
        },
        MOVE_ELEMENT {
            @Override
            String apply(Path project, Random random) throws IOException {
                return ElementMutations.moveElement(chapter(project, random), random);
            }
        },
        INSERT_MARKUP {
            @Override
            String apply(Path project, Random random) throws IOException {
                return ElementMutations.insertSnippet(chapter(project, random), random);
            }
        },
        SET_ATTRIBUTE {
            @Override
            String apply(Path project, Random random) throws IOException {
                return ElementMutations.setAttribute(chapter(project, random), random);
            }
        },
        INSERT_BYTES {
            @Override
            String apply(Path project, Random random) throws IOException {
                return insertBytes(project.resolve(pick(FILES, random)), random);
            }
        },
        RANDOM_BYTES {
            @Override
            String apply(Path project, Random random) throws IOException {
                return randomBytes(project.resolve(pick(FILES, random)), random);
            }
        },
        SWAP {
            @Override
            String apply(Path project, Random random) throws IOException {
                return swap(project, random);
            }
        },
        ENCODING {
            @Override
            String apply(Path project, Random random) throws IOException {
                return reencode(project.resolve(pick(TEXT_FILES, random)), random);
            }
        },
        YAML {
            @Override
            String apply(Path project, Random random) throws IOException {
                return SourceFileMutations.mutateYaml(project.resolve("book/book.yaml"), random);
            }
        },
        CSS {
            @Override
            String apply(Path project, Random random) throws IOException {
                return SourceFileMutations.appendCss(project.resolve("styles/book.css"), random);
            }
        },
        SVG {
            @Override
            String apply(Path project, Random random) throws IOException {
                return SourceFileMutations.corruptSvg(project.resolve("book/images/schema.svg"), random);
            }
        };

        abstract String apply(Path project, Random random) throws IOException;

        /** Applies this mutation with its choices drawn from {@code seed}. */
        String apply(Path project, long seed) throws IOException {
            return name() + "/" + seed + ": " + apply(project, new Random(seed));
        }
    }

    private FuzzMutations() {
    }

    private static Path chapter(Path project, Random random) {
        return project.resolve(pick(CHAPTERS, random));
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

    /** Overwrites a run of bytes (up to 64) with random ones, or the whole file when it is that short. */
    private static String randomBytes(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] noise = new byte[1 + random.nextInt(64)];
        random.nextBytes(noise);
        int at = random.nextInt(bytes.length + 1);
        byte[] result = Arrays.copyOf(bytes, Math.max(bytes.length, at + noise.length));
        System.arraycopy(noise, 0, result, at, noise.length);
        Files.write(file, result);
        return "overwrite " + noise.length + " bytes at byte " + at + " of " + file.getFileName() + " with "
                + HexFormat.of().formatHex(noise);
    }

    private static String swap(Path project, Random random) throws IOException {
        String a = pick(FILES, random);
        String b = pick(FILES, random);
        byte[] first = Files.readAllBytes(project.resolve(a));
        Files.write(project.resolve(a), Files.readAllBytes(project.resolve(b)));
        Files.write(project.resolve(b), first);
        return "swap " + a + " and " + b;
    }

    /** The file's text saved again in another encoding (as UTF-8 with a byte order mark for "UTF-8+BOM"). */
    private static String reencode(Path file, Random random) throws IOException {
        String encoding = pick(ENCODINGS, random);
        String text = read(file);
        byte[] bytes = encoding.equals("UTF-8+BOM") ? ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8)
                : text.getBytes(Charset.forName(encoding));
        Files.write(file, bytes);
        return "save " + file.getFileName() + " as " + encoding;
    }
}
