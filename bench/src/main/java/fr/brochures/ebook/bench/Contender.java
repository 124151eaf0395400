package fr.brochures.ebook.bench;

import java.util.List;
import java.util.Map;

/**
 * One command line {@link CliRace} times: its name in the tables, the command, the environment added to the race's,
 * and what to do before each of its runs, untimed (null: nothing), such as emptying its image cache.
 */
record Contender(String name, List<String> command, Map<String, String> env, Runnable before) {
}
