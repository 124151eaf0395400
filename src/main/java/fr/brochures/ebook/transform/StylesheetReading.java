package fr.brochures.ebook.transform;

import fr.brochures.ebook.checks.StylesheetCheck;
import fr.brochures.ebook.project.BookFiles;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.DefaultStylesheet;
import fr.brochures.ebook.project.TextFiles;
import fr.brochures.ebook.report.BuildReport;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the book's stylesheets, href → CSS bytes in linking order: the chapters' (the builder's
 * {@link DefaultStylesheet} unless the project has its own file of that name, then the project's), then the generated
 * pages' that the chapters do not link (the builder's copy when the project replaces it, the project's
 * {@code generated.css}); each project file read as strict UTF-8 and checked ({@link StylesheetCheck}).
 */
public final class StylesheetReading {

    private StylesheetReading() {
    }

    public static Map<String, byte[]> read(BookProject project, BuildReport report) {
        Map<String, byte[]> stylesheets = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>(project.stylesheetNames());
        names.addAll(project.pageStylesheetNames());
        for (String name : names) {
            Optional<Path> own = name.equals(DefaultStylesheet.BUILDER_COPY) ? Optional.empty() : project.stylesheet(name);
            if (own.isEmpty()) {
                stylesheets.put(BookFiles.STYLES_DIR + name, DefaultStylesheet.bytes());
                continue;
            }
            String shown = project.display(own.get());
            TextFiles.read(own.get(), shown, report).ifPresent(text -> {
                StylesheetCheck.check(text, shown, names, report);
                stylesheets.put(BookFiles.STYLES_DIR + name, text.getBytes(StandardCharsets.UTF_8));
            });
        }
        return stylesheets;
    }

    /** The hrefs of the stylesheets the generated pages link, in order. */
    public static List<String> pageHrefs(BookProject project) {
        return project.pageStylesheetNames().stream().map(name -> BookFiles.STYLES_DIR + name).toList();
    }
}
