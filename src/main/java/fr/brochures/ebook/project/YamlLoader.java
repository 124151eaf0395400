package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;
import org.snakeyaml.engine.v2.api.ConstructNode;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.constructor.StandardConstructor;
import org.snakeyaml.engine.v2.events.CollectionEndEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import org.snakeyaml.engine.v2.schema.Schema;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads book.yaml as YAML 1.2 (core schema, so {@code no}, {@code yes}, {@code on} and {@code 2022-02-15} stay texts)
 * into plain data only: mappings, lists, texts, numbers, booleans and null ({@code !!binary} too, which the typed reads
 * report as the wrong kind); any other tag is refused. Limits: no key twice, at most {@value #MAX_ALIASES} aliases of
 * lists or mappings (alias bombs), {@value #MAX_CODE_POINTS} characters, lists and mappings nested at most
 * {@value #MAX_DEPTH} deep. Every problem is reported in plain words ({@link YamlProblems}) at its line and column when
 * the library knows them.
 */
final class YamlLoader {

    static final int MAX_ALIASES = 10;
    static final int MAX_CODE_POINTS = 1_000_000;
    static final int MAX_DEPTH = 50;
    /** The problem a list or mapping nested deeper than {@link #MAX_DEPTH} is reported as, to {@link YamlProblems}. */
    static final String TOO_DEEP = "nested more than the limit";

    /** The tags plain data is written with; the YAML library knows more (sets, UUIDs, environment variables…). */
    private static final Set<Tag> PLAIN = Set.of(Tag.MAP, Tag.SEQ, Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.BINARY);

    private YamlLoader() {
    }

    /** The data of a YAML text and the node tree it was built from (for the places of its keys). */
    record Loaded(Object root, Node tree) {
    }

    /** The data of {@code yamlText}, or null after reporting why it cannot be read. */
    static Loaded load(String yamlText, Location file, BuildReport report) {
        LoadSettings settings = LoadSettings.builder()
                .setSchema(new PlainCoreSchema())
                .setAllowDuplicateKeys(false)
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setCodePointLimit(MAX_CODE_POINTS)
                .setLabel(file.file())
                .build();
        try {
            Parser parser = new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, yamlText)));
            Optional<Node> tree = new Composer(settings, parser).getSingleNode();
            Object root = new PlainDataConstructor(settings).constructSingleDocument(tree);
            return new Loaded(root, tree.orElse(null));
        } catch (YamlEngineException e) {
            Throwable cause = e.getCause();
            if (cause == null || cause instanceof YamlEngineException || e instanceof MarkedYamlEngineException) {
                YamlProblems.Found found = YamlProblems.describe(e, yamlText, file.file());
                report.error(found.id(), found.where(), found.args());
            } else {
                // a value the library cannot build (!!binary holding no base64, !!int x) comes wrapped, its cause saying why
                report.error(MessageId.META_001, file, "a value cannot be read (" + cause.getMessage() + ")");
            }
        } catch (RuntimeException e) {
            report.error(MessageId.META_001, file, "a value cannot be read (" + e.getMessage() + ")");
        }
        return null;
    }

    /**
     * The YAML 1.2 core schema, less its reading of a plain <code>${NAME}</code> as an environment variable: such a
     * value stays the text it is (and an explicit {@code !ENV_VARIABLE} tag is refused as any other).
     */
    private static final class PlainCoreSchema implements Schema {

        private final CoreSchema core = new CoreSchema();

        @Override
        public ScalarResolver getScalarResolver() {
            ScalarResolver resolver = core.getScalarResolver();
            return (value, implicit) -> {
                Tag tag = resolver.resolve(value, implicit);
                return Tag.ENV_TAG.equals(tag) ? Tag.STR : tag;
            };
        }

        @Override
        public Map<Tag, ConstructNode> getSchemaTagConstructors() {
            return core.getSchemaTagConstructors();
        }
    }

    /** Builds only the plain tags: any other one is "could not determine a constructor for the tag …" at its place. */
    private static final class PlainDataConstructor extends StandardConstructor {

        PlainDataConstructor(LoadSettings settings) {
            super(settings);
            tagConstructors.keySet().retainAll(PLAIN);
        }
    }

    /** Stops at the first list or mapping nested deeper than {@value #MAX_DEPTH}, before the composer recurses into it. */
    private static final class DepthLimitedParser implements Parser {

        private final Parser parser;
        private int depth;

        DepthLimitedParser(Parser parser) {
            this.parser = parser;
        }

        @Override
        public boolean checkEvent(Event.ID id) {
            return parser.checkEvent(id);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public boolean hasNext() {
            return parser.hasNext();
        }

        @Override
        public Event next() {
            Event event = parser.next();
            if (event instanceof CollectionStartEvent && ++depth > MAX_DEPTH) {
                Optional<Mark> mark = event.getStartMark();
                throw new ComposerException(TOO_DEEP, mark);
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            return event;
        }
    }
}
