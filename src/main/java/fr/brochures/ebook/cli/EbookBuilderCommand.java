package fr.brochures.ebook.cli;

import fr.brochures.ebook.BookBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The root command: only lists the subcommands; {@code help [COMMAND]} as git and Maven users expect. The subcommands
 * are added by {@link #commandLine(String...)} rather than named in the annotation: picocli reads every registered
 * command's annotations by reflection when the command line is made, about 10 ms each at start-up, so a command line
 * that names its subcommand gets that one only, and any other (no subcommand, {@code help}, a misspelt name, which
 * picocli's suggestions need all the names for) gets them all.
 */
@Command(name = "ebook-builder", mixinStandardHelpOptions = true, versionProvider = ToolVersion.class,
        description = "Builds EPUB 3 e-books from a book project (book/, styles/, covers/).")
public final class EbookBuilderCommand {

    /** The subcommands in the order the usage message lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = new LinkedHashMap<>();

    static {
        SUBCOMMANDS.put("init", InitCommand::new);
        SUBCOMMANDS.put("build", BuildCommand::new);
        SUBCOMMANDS.put("site", SiteCommand::new);
        SUBCOMMANDS.put("serve", ServeCommand::new);
        SUBCOMMANDS.put("check", CheckCommand::new);
        SUBCOMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    /** The subcommands that build books, whose template engine starts while picocli reads the command line. */
    private static final Set<String> BUILDING_BOOKS = Set.of("build", "site", "serve");

    /** The command line for {@code args}: the root command and the subcommands {@code args} may need. */
    static CommandLine commandLine(String... args) {
        CommandLine commandLine = new CommandLine(new EbookBuilderCommand());
        String named = args.length > 0 ? args[0] : null;
        if (named != null && BUILDING_BOOKS.contains(named)) {
            BookBuilder.startTemplates();
        }
        if (named != null && !named.equals("help") && SUBCOMMANDS.containsKey(named)) {
            commandLine.addSubcommand(named, SUBCOMMANDS.get(named).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> commandLine.addSubcommand(name, command.get()));
        }
        return commandLine;
    }
}
