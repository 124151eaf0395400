package fr.brochures.ebook.cli;

import fr.brochures.ebook.FixtureBook;
import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A chapter or an SVG nested far deeper than any book needs (20 000 levels, as a hostile or broken file may be) is an
 * error naming the file and the line where it goes past 1 000 levels: never a stack overflow, never a stack trace.
 * 1 000 levels still make a book, Kobo edition included.
 */
class DeepNestingTest {

    @TempDir
    Path temp;

    private Path project;

    @BeforeEach
    void copyTheProject() throws IOException {
        project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("project"));
    }

    private BuildCommandTest.Run build(String name) {
        return BuildCommandTest.run("build", project.toString(), "-o", temp.resolve(name).resolve("book.epub").toString());
    }

    /**
     * Puts a paragraph of {@code spans} nested spans, one a line, into the first chapter, and returns the line of the
     * span at level 1 001: html is level 1, body 2, the chapter's section 3, the paragraph 4, its n-th span 4 + n.
     */
    private int nestSpans(int spans) throws IOException {
        Path chapter = project.resolve("book/01-premier.xhtml");
        List<String> lines = new ArrayList<>(Files.readAllLines(TestBooks.book("notes-and-figure").resolve("book/01-premier.xhtml")));
        int section = lines.indexOf("<section id=\"contexte\">");
        List<String> deep = new ArrayList<>();
        deep.add("<p>");
        for (int i = 0; i < spans; i++) {
            deep.add("<span>");
        }
        deep.add("Au fond. Encore une phrase." + "</span>".repeat(spans) + "</p>");
        lines.addAll(section, deep);
        Files.write(chapter, lines, StandardCharsets.UTF_8);
        int paragraphLine = section + 1;
        return paragraphLine + (1001 - 4);
    }

    /** Makes the figure's SVG {@code groups} nested {@code <g>}s, one a line: the svg is level 1 on line 2, the n-th g 1 + n on line 2 + n. */
    private void nestGroups(int groups) throws IOException {
        String svg = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"100\" viewBox=\"0 0 100 100\">\n"
                + "<g>\n".repeat(groups) + "<title>Un carré</title>" + "</g>".repeat(groups) + "\n</svg>\n";
        Files.writeString(project.resolve("book/images/schema.svg"), svg, StandardCharsets.UTF_8);
    }

    @Test
    void aChapterOf20000NestedSpansIsAnErrorAtTheLineOfTheThousandAndFirstLevel() throws IOException {
        nestSpans(1000 - 4);
        BuildCommandTest.Run deepest = build("thousand");
        assertEquals(ExitCodes.OK, deepest.exit(), "1 000 levels make a book: " + deepest.err());

        int line = nestSpans(20_000);
        BuildCommandTest.Run run = build("out");
        assertEquals(ExitCodes.INVALID, run.exit(), run.err());
        assertTrue(run.err().contains("book/01-premier.xhtml:" + line + ":7: error [XHTML-011]"), run.err());
        assertFalse(run.err().contains("StackOverflow"), run.err());
        run.assertNoStackTrace();
        assertFalse(Files.exists(temp.resolve("out")), "nothing written");
    }

    @Test
    void anSvgOf20000NestedGroupsIsAnErrorAtTheLineOfTheThousandAndFirstLevel() throws IOException {
        nestGroups(1000 - 2); // the title inside is level 1 000
        BuildCommandTest.Run deepest = build("thousand");
        assertEquals(ExitCodes.OK, deepest.exit(), "1 000 levels make a book: " + deepest.err());

        nestGroups(20_000);
        BuildCommandTest.Run run = build("out");
        assertEquals(ExitCodes.INVALID, run.exit(), run.err());
        assertTrue(run.err().contains("images/schema.svg:1002:4: error [XHTML-011]"), run.err());
        assertFalse(run.err().contains("StackOverflow"), run.err());
        run.assertNoStackTrace();
        assertFalse(Files.exists(temp.resolve("out")), "nothing written");
    }
}
