package fr.brochures.ebook.preview;

import java.nio.file.Path;

/**
 * Where the preview works: the project whose sources it watches, the folder the site's files are named under in the
 * build's outputs (served as the root, {@code /}; nothing is written there), and the address it listens on ({@code
 * port} 0: any free port).
 */
public record PreviewSettings(Path projectDir, Path siteRoot, String host, int port) {
}
