package fr.brochures.ebook.cli;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.LanguageTags;
import fr.brochures.ebook.starter.StarterBook;
import fr.brochures.ebook.starter.StarterProject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code init [DIR] [--title T] [--language L] [--author A]}: writes a starter book project that builds at once. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Starts a new book in DIR (default: the current folder), which must be new or empty: "
                + "book/book.yaml, two sample chapters (Markdown and XHTML), styles/default.css and a placeholder cover.")
public final class InitCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "The new project's folder (new or empty).")
    private Path dir = Path.of(".");

    @Option(names = "--title", paramLabel = "TITLE", description = "The book's title (default: a placeholder to replace).")
    private String title;

    @Option(names = "--language", paramLabel = "LANG", description = "The book's language, a BCP 47 code such as fr, en, "
            + "fr-CA (default: the system's language). Sample text exists in French and English.")
    private String language;

    @Option(names = "--author", paramLabel = "NAME", description = "Who makes the book: a collective, a person "
            + "(default: a placeholder to replace).")
    private String author;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (language == null) {
            language = systemLanguage();
        }
        if (!LanguageTags.isWellFormed(language)) {
            err.println(ConsoleText.words("init.language", language));
            return ExitCodes.USAGE;
        }
        if (blank(title) || blank(author)) {
            err.println(ConsoleText.words("init.blank"));
            return ExitCodes.USAGE;
        }
        Optional<String> refusal = StarterProject.refusal(dir);
        if (refusal.isPresent()) {
            err.println(ConsoleText.words("init.refused", refusal.get()));
            return ExitCodes.USAGE;
        }
        List<String> written;
        try {
            written = new StarterProject(new PageRenderer()).write(dir, new StarterBook(title, language, author), LocalDate.now());
        } catch (IOException e) {
            err.println(ConsoleText.words("init.failed", dir, e.getMessage()));
            return ExitCodes.INVALID;
        }
        new InitSummary(spec.commandLine().getOut()).print(dir, written);
        return ExitCodes.OK;
    }

    /** The language of the system's locale (its primary subtag), or English when it has none. */
    private static String systemLanguage() {
        String system = java.util.Locale.getDefault().getLanguage();
        return system.isEmpty() || !LanguageTags.isWellFormed(system) ? "en" : system;
    }

    private static boolean blank(String value) {
        return value != null && value.isBlank();
    }
}
