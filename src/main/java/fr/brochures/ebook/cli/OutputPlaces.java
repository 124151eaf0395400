package fr.brochures.ebook.cli;

import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.project.SourceTree;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refuses an {@code -o} or {@code --site} that would write over or into the book's sources ({@link SourceTree}): the
 * EPUB itself, but also the Kobo edition and the checksum files a build writes beside it. Checked before the build
 * reads anything, because the outputs replace files whole: a chapter given as {@code -o} would be lost.
 */
final class OutputPlaces {

    /** {@code book/, styles/ and covers/}: the folders no output may lead into. */
    private static final String SOURCES = ConsoleText.words("refused.folders",
            String.join("/, ", SourceTree.FOLDERS.subList(0, SourceTree.FOLDERS.size() - 1)) + "/",
            SourceTree.FOLDERS.get(SourceTree.FOLDERS.size() - 1) + "/");

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
                    return Optional.of(written.getKey().isEmpty()
                            ? ConsoleText.words("refused.output", output, onto(hit.get()), SOURCES)
                            : ConsoleText.words("refused.output.beside", output, ConsoleText.words(written.getKey()),
                                    written.getValue(), onto(hit.get()), SOURCES));
                }
            }
        }
        if (site != null) {
            Optional<String> hit = sources.hit(site);
            if (hit.isPresent()) {
                return Optional.of(ConsoleText.words("refused.site", site, onto(hit.get()), SOURCES));
            }
        }
        return Optional.empty();
    }

    /**
     * The line saying why a library site ({@code site DIR… -o OUT}) cannot go into {@code out}, or empty: neither
     * {@code out} nor any book's folder in it ({@code folders}) may lead into the sources of any of the {@code projects}.
     */
    static Optional<String> libraryRefusal(List<Path> projects, Path out, List<String> folders) {
        List<Path> written = new ArrayList<>();
        written.add(out);
        folders.forEach(folder -> written.add(out.resolve(folder)));
        for (Path project : projects) {
            SourceTree sources = SourceTree.of(project);
            for (Path place : written) {
                Optional<String> hit = sources.hit(place);
                if (hit.isPresent()) {
                    return Optional.of(ConsoleText.words("refused.library", out, place, project, onto(hit.get()), SOURCES));
                }
            }
        }
        return Optional.empty();
    }

    /** Every file a build writes for {@code -o}, by the key of what the message calls it (the EPUB itself: none). */
    private static Map<String, Path> besideTheEpub(Path epub) {
        Path kepub = KoboRenderer.kepubPath(epub);
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("", epub);
        files.put("refused.checksum", OutputFile.checksumPath(epub));
        files.put("refused.kepub", kepub);
        files.put("refused.kepub.checksum", OutputFile.checksumPath(kepub));
        return files;
    }

    private static String onto(String source) {
        return ConsoleText.words(source.endsWith("/") ? "refused.into" : "refused.over", source);
    }
}
