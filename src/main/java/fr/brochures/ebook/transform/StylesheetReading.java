package fr.brochures.ebook.transform;

import fr.brochures.ebook.checks.StylesheetCheck;
import fr.brochures.ebook.project.BookFiles;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.TextFiles;
import fr.brochures.ebook.report.BuildReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Reads the project's stylesheets as strict UTF-8 and checks each ({@link StylesheetCheck}): href → CSS bytes, in linking order. */
public final class StylesheetReading {

    private StylesheetReading() {
    }

    public static Map<String, byte[]> read(BookProject project, BuildReport report) {
        Map<String, byte[]> stylesheets = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        project.stylesheets().forEach(css -> names.add(css.getFileName().toString()));
        for (Path css : project.stylesheets()) {
            String shown = project.display(css);
            TextFiles.read(css, shown, report).ifPresent(text -> {
                StylesheetCheck.check(text, shown, names, report);
                stylesheets.put(BookFiles.STYLES_DIR + css.getFileName(), text.getBytes(StandardCharsets.UTF_8));
            });
        }
        return stylesheets;
    }
}
