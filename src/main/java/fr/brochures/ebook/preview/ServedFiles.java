package fr.brochures.ebook.preview;

import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The files a build made under the site's folder, by the name a browser asks for them ({@code index.html},
 * {@code read/01-introduction.html}, {@code kazakhstan.epub}): whatever the renderers put there, so that a new folder of
 * the site (the web edition's {@code read/}) is served as soon as a renderer makes it. Only these names are served:
 * a request is looked up here and never turned into a path on disk, so no {@code ..} or link leads anywhere else.
 */
final class ServedFiles {

    private static final String INDEX = "index.html";

    private final Map<String, OutputFile> files;

    private ServedFiles(Map<String, OutputFile> files) {
        this.files = Collections.unmodifiableMap(files);
    }

    /** No file: before the first good build. */
    static ServedFiles none() {
        return new ServedFiles(new TreeMap<>());
    }

    /**
     * The files of {@code outputs} under {@code root}, by their path below it with {@code /} between folders. A file
     * two outputs make is the later one's, as when the build writes them in order; files to be removed are left out.
     */
    static ServedFiles under(Path root, List<Output> outputs) {
        Path base = root.toAbsolutePath().normalize();
        Map<String, OutputFile> files = new TreeMap<>();
        for (Output output : outputs) {
            for (OutputFile file : output.files()) {
                Path path = file.path().toAbsolutePath().normalize();
                if (!file.isRemoval() && path.startsWith(base) && !path.equals(base)) {
                    files.put(urlPath(base.relativize(path)), file);
                }
            }
        }
        return new ServedFiles(files);
    }

    /** {@code read/01-introduction.html}, whatever the system's separator. */
    private static String urlPath(Path relative) {
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            name.append(name.length() == 0 ? "" : "/").append(part);
        }
        return name.toString();
    }

    /** Whether a build has given any file yet. */
    boolean isEmpty() {
        return files.isEmpty();
    }

    /** Every name served, in order. */
    List<String> names() {
        return List.copyOf(files.keySet());
    }

    /** What a request path (decoded, as {@link java.net.URI#getPath} gives it) leads to. */
    Lookup find(String requestPath) {
        String name = requestPath.startsWith("/") ? requestPath.substring(1) : requestPath;
        if (name.isEmpty() || name.endsWith("/")) {
            name = name + INDEX;
        }
        OutputFile file = files.get(name);
        if (file != null) {
            return new Lookup(name, Optional.of(file), Optional.empty());
        }
        // a folder asked without its slash: its page, at the address its relative links are written for
        if (files.containsKey(name + "/" + INDEX)) {
            return new Lookup(name, Optional.empty(), Optional.of("/" + name + "/"));
        }
        return new Lookup(name, Optional.empty(), Optional.empty());
    }

    /** The name a request asked for, and the file it is, or where the request should go instead, or neither (404). */
    record Lookup(String name, Optional<OutputFile> file, Optional<String> redirect) {
    }
}
