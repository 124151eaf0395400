package fr.brochures.ebook.starter;

import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * A text as a YAML 1.2 scalar that reads back as exactly that text, quoted by SnakeYAML Engine (a title such as
 * {@code "L'appel : suite"} or {@code "no"} must not become a mapping, a boolean or a broken line).
 */
final class YamlScalars {

    private static final Dump DUMP = new Dump(DumpSettings.builder()
            .setDefaultScalarStyle(ScalarStyle.DOUBLE_QUOTED)
            .setWidth(Integer.MAX_VALUE)
            .build());

    private YamlScalars() {
    }

    /** {@code text} as one double-quoted YAML scalar on one line. */
    static String quoted(String text) {
        return DUMP.dumpToString(text).strip();
    }
}
