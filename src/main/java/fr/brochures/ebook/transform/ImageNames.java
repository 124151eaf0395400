package fr.brochures.ebook.transform;

import fr.brochures.ebook.project.MetadataKeys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** "Did you mean …?" for an image that is not there: the closest name among the files of the folder it was looked for in. */
final class ImageNames {

    private ImageNames() {
    }

    /** {@code " Did you mean 'images/schema.svg'?"}, or empty text when no file of that folder is close. */
    static String suggestion(Path bookDir, Path missing) {
        Path folder = missing.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            return "";
        }
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return ""; // an unreadable folder: the message says the image is missing, which stays true
        }
        return MetadataKeys.closest(missing.getFileName().toString(), names)
                .map(name -> " Did you mean '" + bookDir.relativize(folder.resolve(name)).toString().replace('\\', '/') + "'?")
                .orElse("");
    }
}
