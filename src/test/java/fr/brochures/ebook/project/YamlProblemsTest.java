package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Problem;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Broken book.yaml files → the problem said in our words, with the line and column where it is fixed (not always where
 * the YAML library stopped). In the inputs, {@code \n} is a line break and {@code \t} a tab. The library's own words
 * ("expected <block end>", "mapping values are not allowed here") never reach the user for these.
 */
class YamlProblemsTest {

    @ParameterizedTest(name = "{0} → {1} at {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', value = {
            // a tab in the indentation
            "title: A\\n\\tlanguage: fr|YAML-001|2:1|a tab is used for indentation here: YAML indents with spaces",
            "creators:\\n\\t- name: A|YAML-001|2:1|YAML indents with spaces",
            // a quote never closed: at the quote, wherever the parser stopped
            "title: \"A\\nlanguage: fr|YAML-002|1:8|starts with a quote (\") here that is never closed",
            "title: 'A\\nlanguage: fr|YAML-002|1:8|write '' for a '",
            "title: \"Le début\\nlanguage: fr\\ndate: \"2022\"|YAML-002|1:8|never closed",
            "subjects:\\n  - \"Grèves\\n  - Kazakhstan|YAML-002|2:5|never closed",
            // a quoted value over two lines is YAML: the problem is the tab below it
            "description: \"deux\\n  lignes\"\\ntitle: A\\n\\tlanguage: fr|YAML-001|4:1|tab",
            // ':' missing after a key
            "title: A\\nlanguage fr\\ndate: 2022|YAML-003|2:1|The line 'language fr' has no ': ' (a colon and a space) after its key",
            "title:A\\nlanguage: fr|YAML-003|1:1|The line 'title:A' has no ': '",
            // the same key twice
            "title: A\\nlanguage: fr\\ntitle: B|YAML-004|3:1|The key 'title' is given twice (first at line 1)",
            "creators:\\n  - name: A\\n    name: B|YAML-004|3:5|The key 'name' is given twice (first at line 2)",
            "labels: {a: 1, a: 2}|YAML-004|1:16|The key 'a' is given twice: a key says one thing",
            // indentation that does not line up
            "title: A\\n  language: fr|YAML-005|2:3|does not line up with the lines above",
            "creators:\\n  - name: A\\n   roles: [aut]|YAML-005|3:4|does not line up",
            "creators:\\n    - name: A\\n  - name: B|YAML-005|3:3|does not line up",
            "chapters:\\n  - a.xhtml\\n - b.xhtml|YAML-005|3:2|does not line up",
            "title: A\\n- a.xhtml|YAML-005|2:1|does not line up",
            "~ title: A\\nlanguage: fr~|YAML-005|2:1|does not line up",
            // brackets
            "subjects: [Grèves, Kazakhstan\\ntitle: A|YAML-006|1:11|The brackets do not pair up here",
            "labels: {endnotes: Notes\\n|YAML-006|1:9|The brackets do not pair up here",
            "subjects: [Grèves]]|YAML-006|1:19|The brackets do not pair up here",
            // what must be in quotes
            "title: @home|YAML-007|1:8|A value cannot start with '@' in YAML: put the whole value in quotes (\"@…\")",
            "title: `x`|YAML-007|1:8|cannot start with '`'",
            "title: Kazakhstan: le soulèvement|YAML-008|1:18|This value holds ': ' (a colon and a space)",
            "description: > Textes sur le soulèvement|YAML-007|1:14|A value cannot start with '>'",
            "subjects:\\n  - ,Grèves|YAML-007|2:5|A value cannot start with ','",
            "subjects: [Grèves,} Kazakhstan]|YAML-006|1:19|The brackets do not pair up here",
            "contributors:  - name: CrimethInc.|YAML-005|1:16|does not line up",
            "title: *Kazakhstan|YAML-009|1:8|'*Kazakhstan' refers to an anchor '&Kazakhstan' that is not defined",
            "title: *Kazakhstan*|YAML-007|1:8|A value cannot start with '*'",
            "title: &Kazakhstan&|YAML-007|1:8|A value cannot start with '&'",
            "title: !important Kazakhstan|YAML-010|1:8|The tag '!important' is not allowed",
            "title: \"Kazakhstan\" 2022|YAML-011|1:21|There is text after the closing quote of this value",
            "title: 'It's'|YAML-011|1:12|doubled between single quotes ('It''s')",
            // documents, escapes, characters
            "title: A\\n---\\nlanguage: fr|YAML-012|2:1|book/book.yaml is one document, and '---' here ends it",
            "title: A\\n...\\nlanguage: fr|YAML-012|2:1|and '...' here ends it",
            "title: \"C:\\q\"|YAML-013|1:12|'\\q' is not an escape YAML knows between double quotes: write \\\\ for a backslash",
            "title: A\\u0001|YAML-014|1:9|The character U+0001 cannot be in a YAML file",
            // the limits
            "a: &a [x, x]\\nb: &b [*a, *a, *a, *a]\\nc: &c [*b, *b, *b, *b]\\nd: [*c, *c, *c, *c]|YAML-015|0:0|More than 10 aliases"})
    void saysWhatIsWrongInPlainWordsAtItsPlace(String yaml, String code, String place, String says) {
        BuildReport report = new BuildReport();
        String text = yaml.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0001", "\u0001");
        new MetadataReader(report, "book/book.yaml").read(text);
        Problem problem = report.problems().get(0);
        String[] lineColumn = place.split(":");
        assertEquals(code, problem.id().code(), problem.format());
        assertEquals(Integer.parseInt(lineColumn[0]), problem.location().line(), problem.format());
        assertEquals(Integer.parseInt(lineColumn[1]), problem.location().column(), problem.format());
        assertTrue(problem.text().toLowerCase().contains(says.toLowerCase()), problem.format());
        assertFalse(problem.text().matches("(?s).*(<block|scalar|mapping values|expected '|while (scanning|parsing)).*"),
                "none of the parser's words: " + problem.format());
        assertEquals(1, report.problems().size(), "one problem, not a cascade: " + report.problems());
    }
}
