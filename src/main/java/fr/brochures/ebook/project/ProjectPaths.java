package fr.brochures.ebook.project;

import java.nio.file.Path;

/** Path helpers shared by loading and transforms: how paths are shown and whether they stay inside the project. */
public final class ProjectPaths {

    private ProjectPaths() {
    }

    /** A path relative to the project root with forward slashes, for messages. */
    public static String display(Path root, Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path base = root.toAbsolutePath().normalize();
        String shown = abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
        return shown.replace('\\', '/');
    }

    /** True when {@code path}, once normalised, is inside {@code root}. */
    public static boolean isInside(Path root, Path path) {
        return path.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize());
    }
}
