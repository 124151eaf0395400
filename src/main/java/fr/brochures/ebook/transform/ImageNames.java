package fr.brochures.ebook.transform;

import fr.brochures.ebook.project.ClosestFile;
import fr.brochures.ebook.report.DidYouMean;

import java.nio.file.Path;

/** "Did you mean …?" for an image that is not there: the closest name among the files of the folder it was looked for in. */
final class ImageNames {

    private ImageNames() {
    }

    /** {@code images/schema.svg} when it is the file of that folder closest to {@code missing}; none when no file is close. */
    static DidYouMean suggestion(Path bookDir, Path missing) {
        Path folder = missing.getParent();
        return DidYouMean.of(ClosestFile.in(folder, missing.getFileName().toString(), name -> true)
                .map(name -> bookDir.relativize(folder.resolve(name)).toString().replace('\\', '/')));
    }
}
