package fr.brochures.ebook;

import java.nio.file.Path;

/** Where the example books and the brochure are, for tests. */
public final class TestBooks {

    private TestBooks() {
    }

    /** An example book under src/test/resources/books/. */
    public static Path book(String name) {
        return Path.of("src", "test", "resources", "books", name).toAbsolutePath();
    }

    /** The repository root: the brochure's book project. */
    public static Path brochure() {
        return Path.of("").toAbsolutePath();
    }

    /** Builds {@code project} into {@code output} with fixed time and default options. */
    public static BuildResult build(Path project, Path output) {
        return new BookBuilder().build(new BuildOptions(project, output, false, BuildOptions.DEFAULT_MAX_IMAGE_EDGE, null));
    }
}
