package fr.brochures.ebook.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The images the chapters reference, each once whatever the number of references, and the photographs still awaited. */
public final class ImageCatalog {

    private final Map<Path, String> hrefs = new LinkedHashMap<>();
    private final List<AwaitedPhoto> awaited = new ArrayList<>();

    /** Registers an image file and returns its href in the EPUB; the same file always gets the same href. */
    public synchronized String register(Path source, String href) {
        return hrefs.computeIfAbsent(source.toAbsolutePath().normalize(), p -> href);
    }

    /** False when another file has been given {@code href} in the EPUB. */
    public synchronized boolean freeFor(Path source, String href) {
        Path own = source.toAbsolutePath().normalize();
        return hrefs.entrySet().stream().noneMatch(e -> e.getValue().equals(href) && !e.getKey().equals(own));
    }

    /** Records a figure whose photograph is not supplied yet. */
    public synchronized void await(AwaitedPhoto photo) {
        awaited.add(photo);
    }

    /** Each embedded image file with its href, in first-reference order. */
    public synchronized Map<Path, String> embedded() {
        return Collections.unmodifiableMap(new LinkedHashMap<>(hrefs));
    }

    public synchronized List<AwaitedPhoto> awaited() {
        return List.copyOf(awaited);
    }

    /** A figure waiting for its photograph: the expected file and where the figure is. */
    public record AwaitedPhoto(String expectedFile, String chapter, String figureId) {
    }
}
