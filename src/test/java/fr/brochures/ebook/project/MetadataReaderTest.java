package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.MessageId;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MetadataReaderTest {

    private static final String VALID = """
            title: Titre
            subtitle: Sous-titre
            language: fr
            identifier: urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f
            date: 2022-02
            creators:
              - name: ASAP Révolution
                note: Rennes
                roles: [com, trl]
            chapters: [a.xhtml]
            """;

    private final BuildReport report = new BuildReport();

    private MetadataReader.Parsed read(String yaml) {
        return new MetadataReader(report, "book/book.yaml").read(yaml);
    }

    @Test
    void readsAValidFile() {
        MetadataReader.Parsed parsed = read(VALID);
        BookMetadata metadata = parsed.metadata();
        assertEquals("Titre", metadata.title());
        assertEquals("fr", metadata.language());
        assertEquals("2022-02", metadata.date());
        assertEquals(List.of(new Person("ASAP Révolution", "ASAP Révolution", List.of("com", "trl"), "Rennes")), metadata.creators());
        assertEquals(List.of("a.xhtml"), parsed.chapters());
        assertEquals(List.of(MessageId.META_005), report.problems().stream().map(Problem::id).toList(),
                "only the note that no licence is given");
    }

    @Test
    void warnsAboutUnknownKeysNamingTheClosestOne() {
        read(VALID + "titel: x\n");
        Problem warning = report.problems().stream().filter(p -> p.id() == MessageId.META_004).findFirst().orElseThrow();
        assertEquals(Severity.WARNING, warning.severity());
        assertTrue(warning.text().contains("'titel'") && warning.text().contains("'title'"), warning.text());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title: Titre|title",
            "language: fr|language",
            "identifier: urn:uuid:6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f|identifier"})
    void reportsEachMissingRequiredKey(String line, String key) {
        read(VALID.replace(line + "\n", ""));
        assertTrue(report.problems().stream().anyMatch(p -> p.id() == MessageId.META_002 && p.text().contains("'" + key + "'")),
                report.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "language: fr|language: 12",
            "date: 2022-02|date: soon",
            "roles: [com, trl]|roles: [compiled]"})
    void reportsValuesOfTheWrongKind(String good, String bad) {
        read(VALID.replace(good, bad));
        assertTrue(report.count(Severity.ERROR) > 0, report.problems().toString());
    }

    @Test
    void reportsYamlSyntaxWithItsLine() {
        assertNull(read("title: [unclosed\nlanguage: fr\n"));
        Problem problem = report.problems().get(0);
        assertEquals(MessageId.YAML_006, problem.id());
        assertTrue(problem.location().line() > 0, problem.format());
    }

    @Test
    void yaml12KeepsNoYesOnAndOffAsWords() {
        BookMetadata metadata = read(VALID.replace("language: fr", "language: no").replace("subtitle: Sous-titre", "subtitle: yes")
                + "subjects: [on, off]\n").metadata();
        assertEquals("no", metadata.language(), "no is Norwegian, not false");
        assertEquals("yes", metadata.subtitle());
        assertEquals(List.of("on", "off"), metadata.subjects());
        assertEquals(List.of(MessageId.META_005), report.problems().stream().map(Problem::id).toList(), report.problems().toString());
    }

    @Test
    void aValueWrittenLikeAnEnvironmentVariableStaysItsText() {
        BookMetadata metadata = read(VALID.replace("subtitle: Sous-titre", "subtitle: ${HOME}")).metadata();
        assertEquals("${HOME}", metadata.subtitle());
        assertEquals(List.of(MessageId.META_005), report.problems().stream().map(Problem::id).toList(), report.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "date: 2022-13-45|date|5|2022-13-45",
            "date: 2026-02-30|date|5|2026-02-30",
            "date: 2022-1|date|5|2022-1",
            "date: 22022|date|5|22022",
            "date: 2022-02-15T10:00:00|date|5|2022-02-15T10:00:00",
            "modified: 2026-02-30|modified|11|2026-02-30",
            "modified: 2026-11-23T25:00:00Z|modified|11|2026-11-23T25:00:00Z",
            "modified: 2026-11-23T10:00:00|modified|11|2026-11-23T10:00:00",
            "modified: '2026-11-23 10:00:00Z'|modified|11|2026-11-23 10:00:00Z",
            "sources: [{title: Un texte, date: 2022-02-30}]|sources[1].date|11|2022-02-30"})
    void refusesDatesThatDoNotExistNamingTheKeyAndItsLine(String line, String key, int lineNumber, String value) {
        read(line.startsWith("date:") ? VALID.replace("date: 2022-02", line) : VALID + line + "\n");
        Problem problem = report.problems().stream().filter(p -> p.id() == MessageId.META_003).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertEquals(Severity.ERROR, problem.severity());
        assertTrue(problem.text().contains("'" + key + "'") && problem.text().contains("'" + value + "'"), problem.format());
        assertEquals(lineNumber, problem.location().line(), problem.format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "date: 2022",
            "date: 2022-02-15",
            "date: 2024-02-29",
            "modified: 2026-11-23",
            "modified: 2026-11-23T00:00:00Z",
            "modified: 2018-05-08T02:24:50+02:00",
            "modified: '2018-05-08T02:24:50+02:00'",
            "date: 2018-05-08T02:24:50Z",
            "modified: 2026-11",
            "sources: [{title: Un texte, date: 2022-01}]"})
    void acceptsDatesThatExist(String line) {
        String yaml = line.startsWith("date:") ? VALID.replace("date: 2022-02", line) : VALID + line + "\n";
        read(yaml);
        assertEquals(0, report.count(Severity.ERROR), report.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"xyz", "AUT", "author"})
    void aRoleThatIsNoMarcRelatorCodeIsAnError(String role) {
        read(VALID.replace("roles: [com, trl]", "roles: [com, " + role + "]"));
        Problem problem = report.problems().stream().filter(p -> p.id() == MessageId.META_006).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertEquals(Severity.ERROR, problem.severity());
        assertTrue(problem.text().contains("'" + role + "'"), problem.format());
    }

    @Test
    void readsTheSortTitleTheSeriesAndTheContentsDepth() {
        BookMetadata metadata = read(VALID + "title-file-as: Titre, Le\nseries: Brochures\nseries-index: 2\ntoc-depth: 3\n").metadata();
        assertEquals("Titre, Le", metadata.titleFileAs());
        assertEquals("Brochures", metadata.series());
        assertEquals("2", metadata.seriesIndex());
        assertEquals(3, metadata.tocDepth());
        assertEquals(List.of(MessageId.META_005), report.problems().stream().map(Problem::id).toList(), report.problems().toString());
        assertEquals(BookMetadata.DEFAULT_TOC_DEPTH, read(VALID).metadata().tocDepth());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "toc-depth: 0|toc-depth", "toc-depth: 7|toc-depth", "toc-depth: deux|toc-depth",
            "series: S;series-index: deuxième|series-index"})
    void refusesAContentsDepthOrSeriesIndexThatIsNotANumber(String lines, String key) {
        read(VALID + lines.replace(';', '\n') + "\n");
        Problem problem = report.problems().stream().filter(p -> p.id() == MessageId.META_003).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertTrue(problem.text().contains("'" + key + "'"), problem.format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr", "fr-CA", "kk-Cyrl", "zh-Hant-TW", "en-GB-oxendict", "no", "FR-ca"})
    void acceptsBcp47LanguageTags(String tag) {
        BookMetadata metadata = read(VALID.replace("language: fr", "language: " + tag)).metadata();
        assertEquals(tag, metadata.language());
        assertEquals(0, report.count(Severity.ERROR), report.problems().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fr-12345678-x", "fr_FR", "français", "12", "fr-", "x"})
    void refusesWhatIsNotABcp47LanguageTag(String tag) {
        read(VALID.replace("language: fr", "language: " + tag));
        Problem problem = report.problems().stream().filter(p -> p.id() == MessageId.META_003).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertTrue(problem.text().contains("'language'") && problem.text().contains(tag), problem.format());
        assertEquals(3, problem.location().line(), problem.format());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "title: Autre|YAML_004|11|1|The key 'title' is given twice (first at line 1)",
            "a: &a [x, x]\\nb: &b [*a, *a, *a, *a]\\nc: &c [*b, *b, *b, *b]\\nd: [*c, *c, *c, *c]|YAML_015|0|0|aliases",
            "subjects: !!set {a, b}|YAML_010|11|11|The tag '!!set' is not allowed",
            "title2: !!java.util.UUID 6f1c1d2e-3a4b-4c5d-8e9f-0a1b2c3d4e5f|YAML_010|11|9|'!!java.util.UUID'",
            "title2: !!java.util.Optional x|YAML_010|11|9|'!!java.util.Optional'",
            "home: !ENV ${HOME}|YAML_010|11|7|'!ENV'",
            "home: !ENV_VARIABLE ${HOME}|YAML_010|11|7|'!ENV_VARIABLE'",
            "when: !!timestamp 2022-02-15|YAML_010|11|7|'!!timestamp'"})
    void refusesWhatIsNotPlainData(String lines, MessageId code, int line, int column, String says) {
        assertNull(read(VALID + lines.replace("\\n", "\n") + "\n"));
        Problem problem = report.problems().get(0);
        assertEquals(code, problem.id(), problem.format());
        assertEquals(line, problem.location().line(), problem.format());
        assertEquals(column, problem.location().column(), problem.format());
        assertTrue(problem.text().contains(says), problem.format());
        assertTrue(!problem.text().contains("Exception"), problem.format());
    }

    @Test
    void refusesAFileOverAMillionCharacters() {
        assertNull(read(VALID + "description: " + "a".repeat(1_000_000) + "\n"));
        assertEquals(MessageId.YAML_017, report.problems().get(0).id(), report.problems().get(0).format());
    }

    @Test
    void aListHoldingItselfIsReportedNotACrash() {
        read(VALID + "subjects: &s [Essai, *s]\n");
        Problem problem = report.problems().stream().filter(p -> p.id() == MessageId.META_003).findFirst()
                .orElseThrow(() -> new AssertionError(report.problems().toString()));
        assertTrue(problem.text().contains("'subjects[2]'"), problem.format());
        assertEquals(11, problem.location().line(), problem.format());
    }

    @Test
    void refusesValuesNestedTooDeep() {
        assertNull(read(VALID + "subjects: " + "[".repeat(100_000) + "\n"));
        Problem problem = report.problems().get(0);
        assertEquals(MessageId.YAML_016, problem.id(), problem.format());
        assertEquals(11, problem.location().line(), problem.format());
    }

    @Test
    void anAliasLeadingBackIntoItsOwnListIsReadWithoutExhaustingTheStack() {
        // the node tree of "&a [*a]" is infinitely deep: each key is placed once, and never walked again from inside
        read(VALID + "extra: &loop [*loop, [*loop]]\n");
        Problem unknown = report.problems().stream().filter(p -> p.id() == MessageId.META_004).findFirst().orElseThrow();
        assertEquals(VALID.split("\n").length + 1, unknown.location().line(), unknown.format());
    }

    @Test
    void aLanguageOfHundredsOfThousandsOfSubtagsIsCheckedWithoutExhaustingTheStack() {
        read(VALID.replace("language: fr", "language: fr-x" + "-abcd".repeat(150_000) + "-"));
        assertTrue(report.has(MessageId.META_003), report.problems().toString());
    }
}
