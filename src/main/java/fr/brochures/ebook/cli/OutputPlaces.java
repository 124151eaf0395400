package fr.brochures.ebook.cli;

import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.project.SourceTree;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses an {@code -o} or {@code --site} that would write over or into the book's sources ({@link SourceTree}): the
 * EPUB itself, but also the Kobo edition and the checksum files a build writes beside it. Checked before the build
 * reads anything, because the outputs replace files whole: a chapter given as {@code -o} would be lost.
 */
final class OutputPlaces {

    private static final String ELSEWHERE = " outside " + String.join("/, ", SourceTree.FOLDERS.subList(0, SourceTree.FOLDERS.size() - 1))
            + "/ and " + SourceTree.FOLDERS.get(SourceTree.FOLDERS.size() - 1) + "/ (by default the build writes into PROJECT_DIR/target/).";

    private OutputPlaces() {
    }

    /** The line saying why {@code output} (null: the default) or {@code site} (null: the default) cannot be, or empty. */
    static Optional<String> refusal(Path projectDir, Path output, Path site) {
        if (output == null && site == null) {
            return Optional.empty();
        }
        SourceTree sources = SourceTree.of(projectDir);
        if (output != null) {
            for (Map.Entry<String, Path> written : besideTheEpub(output).entrySet()) {
                Optional<String> hit = sources.hit(written.getValue());
                if (hit.isPresent()) {
                    String what = written.getKey().isEmpty() ? "" : "its " + written.getKey() + " (" + written.getValue() + ") ";
                    return Optional.of("ebook-builder: -o " + output + " would write " + what + onto(hit.get())
                            + " Give a file" + ELSEWHERE);
                }
            }
        }
        if (site != null) {
            Optional<String> hit = sources.hit(site);
            if (hit.isPresent()) {
                return Optional.of("ebook-builder: --site " + site + " would write " + onto(hit.get()) + " Give a folder" + ELSEWHERE);
            }
        }
        return Optional.empty();
    }

    /** Every file a build writes for {@code -o}, by what the message calls it (the EPUB itself: no name). */
    private static Map<String, Path> besideTheEpub(Path epub) {
        Path kepub = KoboRenderer.kepubPath(epub);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("", epub);
        files.put("checksum", OutputFile.checksumPath(epub));
        files.put("Kobo edition", kepub);
        files.put("Kobo edition's checksum", OutputFile.checksumPath(kepub));
        return files;
    }

    private static String onto(String source) {
        return source.endsWith("/") ? "into " + source + ", among the book's sources."
                : "over " + source + ", a source of the book.";
    }
}
