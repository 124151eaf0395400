package fr.brochures.ebook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: only lists the subcommands; {@code help [COMMAND]} as git and Maven users expect. */
@Command(name = "ebook-builder", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Builds EPUB 3 e-books from a book project (book/, styles/, covers/).",
        subcommands = {InitCommand.class, BuildCommand.class, SiteCommand.class, ServeCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class EbookBuilderCommand {
}
