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
        assertEquals(MessageId.META_001, problem.id());
        assertTrue(problem.location().line() > 0, problem.format());
    }

    @Test
    void anAliasLeadingBackIntoItsOwnListIsReadWithoutExhaustingTheStack() {
        // the node tree of "&a [*a]" is infinitely deep: each key is placed once, and never walked again from inside
        read(VALID + "extra: &loop [*loop, [*loop]]\nsubjects: &s [Grèves, *s]\n");
        Problem unknown = report.problems().stream().filter(p -> p.id() == MessageId.META_004).findFirst().orElseThrow();
        assertEquals(VALID.split("\n").length + 1, unknown.location().line(), unknown.format());
        assertTrue(report.problems().stream().anyMatch(p -> p.id() == MessageId.META_003
                && p.location().line() == VALID.split("\n").length + 2), report.problems().toString());
    }

    @Test
    void aLanguageOfHundredsOfThousandsOfSubtagsIsCheckedWithoutExhaustingTheStack() {
        read(VALID.replace("language: fr", "language: fr" + "-a".repeat(300_000)));
        assertEquals(List.of(MessageId.META_005), report.problems().stream().map(Problem::id).toList(), "a well-formed tag, however long");
        read(VALID.replace("language: fr", "language: fr" + "-a".repeat(300_000) + "-"));
        assertTrue(report.has(MessageId.META_003), report.problems().toString());
    }
}
