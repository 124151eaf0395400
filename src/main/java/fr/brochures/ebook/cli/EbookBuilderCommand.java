package fr.brochures.ebook.cli;

import picocli.CommandLine.Command;

/** The root command: only lists the subcommands. */
@Command(name = "ebook-builder", mixinStandardHelpOptions = true, version = "ebook-builder 0.1.0",
        description = "Builds EPUB 3 e-books from a book project (book/, styles/, covers/).",
        subcommands = {BuildCommand.class, CheckCommand.class})
public final class EbookBuilderCommand {
}
