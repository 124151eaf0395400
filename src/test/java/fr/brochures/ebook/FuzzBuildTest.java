package fr.brochures.ebook;

import fr.brochures.ebook.epubcheck.EpubValidator;
import fr.brochures.ebook.report.Problem;
import fr.brochures.ebook.report.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.fail;

/** Seeded, bounded fuzzing of whole builds: every damaged book is refused with coded errors or builds to an EPUB EPUBCheck accepts. */
class FuzzBuildTest {

    // a failure names its seed and iteration; -Dfuzz.seed=S -Dfuzz.from=I -Dfuzz.iterations=1 replays it alone
    private static final long SEED = Long.getLong("fuzz.seed", 20260123L);
    private static final int FROM = Integer.getInteger("fuzz.from", 0);
    private static final int ITERATIONS = Integer.getInteger("fuzz.iterations", 150);
    private static final List<String> CHAPTERS = List.of("book/01-premier.xhtml", "book/02-second.xhtml");
    private static final List<String> FILES = List.of("book/01-premier.xhtml", "book/02-second.xhtml", "book/book.yaml",
            "book/images/schema.svg", "styles/book.css", "covers/cover.jpg");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    @TempDir
    Path temp;

    @Test
    void everyDamagedBookIsRefusedCleanlyOrBuildsValid() throws IOException {
        int written = 0;
        int refused = 0;
        List<String> failures = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = FROM; i < FROM + ITERATIONS; i++) {
            Random random = new Random(SEED * 1_000_003L + i);
            Path project = FixtureBook.materialize(TestBooks.book("notes-and-figure"), temp.resolve("run-" + i));
            List<String> mutations = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int m = 0; m < count; m++) {
                mutations.add(mutate(project, random));
            }
            String replay = "seed " + SEED + ", iteration " + i + " (-Dfuzz.seed=" + SEED + " -Dfuzz.from=" + i
                    + " -Dfuzz.iterations=1), mutations " + mutations;
            Path epub = temp.resolve("out-" + i).resolve("book.epub");
            BuildResult result;
            try {
                result = TestBooks.build(project, epub);
            } catch (RuntimeException | Error e) {
                java.io.StringWriter trace = new java.io.StringWriter();
                e.printStackTrace(new java.io.PrintWriter(trace));
                failures.add("the build threw on " + replay + "\n" + trace);
                continue;
            }
            List<String> messages = result.report().problems().stream().map(Problem::format).toList();
            if (result.written()) {
                written++;
                EpubValidator.ValidationResult validation = new EpubValidator().validate(epub);
                if (!validation.clean()) {
                    failures.add("the builder wrote an EPUB that EPUBCheck rejects: it should have refused the book. " + replay
                            + "\n  " + String.join("\n  ", validation.findings()) + "\n  build report: " + messages);
                }
            } else {
                refused++;
                if (result.report().count(Severity.ERROR) == 0 || Files.exists(epub)
                        || messages.stream().anyMatch(m -> m.contains("Exception"))) {
                    failures.add("refused without a clean coded error, or wrote something: " + replay + "\n  " + messages);
                }
            }
        }
        System.out.printf("fuzz: seed %d, iterations %d-%d: %d written and valid, %d refused, %d failed, %.1f s%n", SEED, FROM,
                FROM + ITERATIONS - 1, written - failures.size(), refused, failures.size(), (System.nanoTime() - start) / 1e9);
        if (!failures.isEmpty()) {
            fail(failures.size() + " fuzz failure(s):\n" + String.join("\n\n", failures));
        }
    }

    /** Applies one random mutation and says what it did. */
    private static String mutate(Path project, Random random) throws IOException {
        Path chapter = project.resolve(pick(CHAPTERS, random));
        return switch (random.nextInt(16)) {
            case 0 -> truncate(chapter, random);
            case 1 -> deleteTag(chapter, random);
            case 2 -> duplicateTag(chapter, random);
            case 3 -> deleteElement(chapter, random);
            case 4 -> duplicateElement(chapter, random);
            case 5 -> insertBytes(project.resolve(pick(FILES, random)), random);
            case 6 -> swap(project, random);
            case 7, 8 -> mutateYaml(project.resolve("book/book.yaml"), random);
            case 9 -> corruptSvg(project.resolve("book/images/schema.svg"), random);
            case 10, 11 -> insertSnippet(chapter, random);
            case 12 -> setAttribute(chapter, random);
            case 13 -> moveElement(chapter, random);
            case 14 -> insertText(chapter, random);
            default -> appendCss(project.resolve("styles/book.css"), random);
        };
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String truncate(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        int at = random.nextInt(bytes.length + 1);
        Files.write(file, java.util.Arrays.copyOf(bytes, at));
        return "truncate " + file.getFileName() + " at byte " + at;
    }

    private static List<int[]> tags(String text) {
        List<int[]> tags = new ArrayList<>();
        Matcher tag = TAG.matcher(text);
        while (tag.find()) {
            tags.add(new int[] {tag.start(), tag.end()});
        }
        return tags;
    }

    private static String deleteTag(Path file, Random random) throws IOException {
        String text = read(file);
        List<int[]> tags = tags(text);
        if (tags.isEmpty()) {
            return "delete tag: none in " + file.getFileName();
        }
        int[] tag = pick(tags, random);
        write(file, text.substring(0, tag[0]) + text.substring(tag[1]));
        return "delete tag " + text.substring(tag[0], tag[1]) + " of " + file.getFileName();
    }

    private static String duplicateTag(Path file, Random random) throws IOException {
        String text = read(file);
        List<int[]> tags = tags(text);
        if (tags.isEmpty()) {
            return "duplicate tag: none in " + file.getFileName();
        }
        int[] tag = pick(tags, random);
        write(file, text.substring(0, tag[1]) + text.substring(tag[0], tag[1]) + text.substring(tag[1]));
        return "duplicate tag " + text.substring(tag[0], tag[1]) + " of " + file.getFileName();
    }

    /** Well-formed damage: the chapter stays XML, but an element is gone or doubled. */
    private static Document parse(Path file) throws IOException {
        Document document = Jsoup.parse(read(file), "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        return document;
    }

    private static String deleteElement(Path file, Random random) throws IOException {
        Document document = parse(file);
        List<Element> elements = document.getAllElements().stream().filter(e -> e.parent() != null && !e.normalName().equals("html")
                && !(e.parent() instanceof Document)).toList();
        if (elements.isEmpty()) {
            return "delete element: none in " + file.getFileName();
        }
        Element element = pick(elements, random);
        String what = element.normalName() + (element.id().isEmpty() ? "" : "#" + element.id());
        element.remove();
        write(file, document.outerHtml());
        return "delete element <" + what + "> of " + file.getFileName();
    }

    private static String duplicateElement(Path file, Random random) throws IOException {
        Document document = parse(file);
        List<Element> elements = document.getAllElements().stream().filter(e -> e.parent() != null && !e.normalName().equals("html")
                && !(e.parent() instanceof Document)).toList();
        if (elements.isEmpty()) {
            return "duplicate element: none in " + file.getFileName();
        }
        Element element = pick(elements, random);
        element.after(element.clone());
        write(file, document.outerHtml());
        return "duplicate element <" + element.normalName() + "> of " + file.getFileName();
    }

    private static String insertBytes(Path file, Random random) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        byte[] inserted = new byte[1 + random.nextInt(8)];
        random.nextBytes(inserted);
        int at = random.nextInt(bytes.length + 1);
        byte[] result = new byte[bytes.length + inserted.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(inserted, 0, result, at, inserted.length);
        System.arraycopy(bytes, at, result, at + inserted.length, bytes.length - at);
        Files.write(file, result);
        return "insert " + java.util.HexFormat.of().formatHex(inserted) + " at byte " + at + " of " + file.getFileName();
    }

    private static String swap(Path project, Random random) throws IOException {
        String a = pick(FILES, random);
        String b = pick(FILES, random);
        byte[] first = Files.readAllBytes(project.resolve(a));
        Files.write(project.resolve(a), Files.readAllBytes(project.resolve(b)));
        Files.write(project.resolve(b), first);
        return "swap " + a + " and " + b;
    }

    private static final List<String> YAML_VALUES = List.of("12", "yes", "~", "[", "{a: b}", "\"\"", "soon", "- x", ": :",
            "2022-13-45", "fr_FR", "[01-premier.xhtml, 01-premier.xhtml]", "../../etc/passwd", "'unterminated", "&anchor x",
            "*alias", "!!binary AAAA", "[aut, writer]", "https://example.com", "\"\\u0000\"");

    private static String mutateYaml(Path file, Random random) throws IOException {
        List<String> lines = new ArrayList<>(List.of(read(file).split("\n", -1)));
        int index = random.nextInt(lines.size());
        String line = lines.get(index);
        String what;
        switch (random.nextInt(5)) {
            case 0 -> {
                lines.remove(index);
                what = "delete line " + (index + 1);
            }
            case 1 -> {
                lines.add(index, line);
                what = "duplicate line " + (index + 1);
            }
            case 2 -> {
                lines.set(index, "  " + line);
                what = "indent line " + (index + 1);
            }
            case 3 -> {
                int colon = line.indexOf(": ");
                String value = pick(YAML_VALUES, random);
                lines.set(index, colon < 0 ? line + " " + value : line.substring(0, colon + 2) + value);
                what = "set line " + (index + 1) + " to " + lines.get(index);
            }
            default -> {
                String key = line.replaceAll("^(\\s*-?\\s*)([a-z-]+):.*", "$2");
                int at = key.isEmpty() ? 0 : random.nextInt(key.length());
                lines.set(index, line.replaceFirst(Pattern.quote(key) + ":", key.isEmpty() ? "x:" : key.substring(0, at) + key.substring(at + 1) + ":"));
                what = "misspell line " + (index + 1) + " as " + lines.get(index);
            }
        }
        write(file, String.join("\n", lines));
        return "book.yaml: " + what;
    }

    /** Plausible hand-typed markup, right or wrong, that keeps the chapter well-formed. */
    private static final List<String> SNIPPETS = List.of("<p>Texte &amp; <em>mis en valeur</em></p>",
            "<span class=\"note\" data-by=\"author\">Une note.</span>", "<span class=\"note\" data-by=\"editor\">Une note.</span>",
            "<span class=\"note\" data-by=\"translator\"><p>Un bloc.</p></span>", "<img src=\"images/schema.svg\" alt=\"Un carré.\"/>",
            "<img src=\"images/schema.svg\"/>", "<figure><img src=\"images/schema.svg\" alt=\"\"/><figcaption>Légende</figcaption></figure>",
            "<figure data-photo=\"awaited\" id=\"photo-x\"><img src=\"images/absente.jpg\" alt=\"Une photo.\"/><figcaption>Photo</figcaption></figure>",
            "<a href=\"#premier\">lien</a>", "<a href=\"02-second.xhtml\">lien</a>", "<a href=\"#\">lien</a>", "<a>ancre</a>",
            "<a href=\"mailto:contact@example.org\">écrire</a>", "<a href=\"https://example.org/a b\">lien</a>", "<h1>Titre</h1>",
            "<h2>Sous-titre</h2>", "<h3>Intertitre</h3>", "<section id=\"neuve\"><h2>Section</h2><p>x</p></section>", "<section><p>x</p></section>",
            "<table><tr><td>x</td></tr></table>", "<ul><li>un</li><li>deux</li></ul>", "<ol start=\"3\"><li>trois</li></ol>", "<br/>",
            "<hr/>", "<blockquote><p>Une citation.</p><footer><p>Quelqu’un</p></footer></blockquote>",
            "<aside class=\"pullquote\" epub:type=\"z3998:pullquote\"><p>Exergue</p></aside>",
            "<blockquote class=\"verse\" epub:type=\"z3998:song\"><p><span>vers</span><br/><span>vers</span></p></blockquote>",
            "<time datetime=\"2022-01-06\">6 janvier</time>", "<time>6 janvier</time>", "<time datetime=\"06/01/2022\">6 janvier</time>",
            "<sup>1</sup>", "<code>&lt;p&gt;</code>", "<p class=\"question\">Une question ?</p>", "<p class=\"source\">Source</p>",
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"5\" height=\"5\"/></svg>",
            "<math xmlns=\"http://www.w3.org/1998/Math/MathML\"><mi>x</mi></math>", "<div epub:type=\"footnote\"><p>x</p></div>",
            "<nav epub:type=\"toc\"><ol><li><a href=\"#premier\">x</a></li></ol></nav>", "<audio src=\"son.mp3\"></audio>",
            "<video src=\"film.mp4\"></video>", "<p dir=\"rtl\">texte</p>", "<abbr title=\"Comité\">C.</abbr>", "<wbr/>",
            "<dl><dt>terme</dt><dd>définition</dd></dl>", "<img src=\"data:image/png;base64,iVBORw0KGgo=\" alt=\"x\"/>",
            "<p lang=\"en\" xml:lang=\"en\">Hello</p>", "<p lang=\"en\" xml:lang=\"de\">Hallo</p>", "<main><p>x</p></main>",
            "<div><p>x</p></div>", "<p style=\"color: red\">rouge</p>", "<style>p { color: red }</style>", "<i>Titre</i>",
            "<b>gras</b>", "<strong>fort</strong>", "<small>petit</small>", "<q>citée</q>", "<cite>Œuvre</cite>",
            "<p id=\"note-1\">x</p>", "<p id=\"a b\">x</p>", "<p id=\"\">x</p>", "<span epub:type=\"pagebreak\" id=\"page-1\"/>",
            "<p epub:type=\"chapter\">x</p>", "<p role=\"doc-noteref\">x</p>", "<header><h2>x</h2></header>", "<footer><p>x</p></footer>",
            "<picture><img src=\"images/schema.svg\" alt=\"x\"/></picture>", "<object data=\"images/schema.svg\"></object>",
            "<meta charset=\"utf-8\"/>", "<link rel=\"stylesheet\" href=\"styles/book.css\"/>", "<title>Autre</title>");

    private static Element randomBodyElement(Document document, Random random) {
        List<Element> elements = document.select("body, body *").stream().toList();
        return elements.isEmpty() ? null : pick(elements, random);
    }

    private static String insertSnippet(Path file, Random random) throws IOException {
        Document document = parse(file);
        Element target = randomBodyElement(document, random);
        if (target == null) {
            return "insert snippet: no body in " + file.getFileName();
        }
        String snippet = pick(SNIPPETS, random);
        Document fragment = Jsoup.parse(snippet, "", Parser.xmlParser());
        int index = random.nextInt(target.childNodeSize() + 1);
        target.insertChildren(index, fragment.childNodesCopy());
        write(file, document.outerHtml());
        return "insert " + snippet + " into <" + target.normalName() + "> of " + file.getFileName();
    }

    private static final List<String> ATTRIBUTES = List.of("id", "href", "src", "class", "epub:type", "data-by", "lang", "datetime",
            "alt", "role", "style", "title", "data-photo");
    private static final List<String> VALUES = List.of("", " ", "x y", "#", "note-1", "noteref-2", "premier", "suite",
            "01-premier.xhtml", "02-second.xhtml#suite", "#premier", "https://example.com", "mailto:a@example.org", "images/schema.svg",
            "translator", "author", "note", "chapter", "footnote", "z3998:poem", "en", "fr", "xx-invalid-", "2022-13-01", "2022-01-06",
            "doc-noteref", "doc-chapter", "color: red", "awaited", "1", "«", "&", "<", "javascript:x", "../x", "%zz", "a%20b");

    private static String setAttribute(Path file, Random random) throws IOException {
        Document document = parse(file);
        Element target = randomBodyElement(document, random);
        if (target == null) {
            return "set attribute: no body in " + file.getFileName();
        }
        String attribute = pick(ATTRIBUTES, random);
        String value = pick(VALUES, random);
        target.attr(attribute, value);
        write(file, document.outerHtml());
        return "set " + attribute + "=\"" + value + "\" on <" + target.normalName() + "> of " + file.getFileName();
    }

    private static String moveElement(Path file, Random random) throws IOException {
        Document document = parse(file);
        Element moved = randomBodyElement(document, random);
        Element target = randomBodyElement(document, random);
        if (moved == null || moved.normalName().equals("body") || target == moved || target.parents().contains(moved)) {
            return "move element: nothing to move in " + file.getFileName();
        }
        moved.remove();
        target.insertChildren(random.nextInt(target.childNodeSize() + 1), moved);
        write(file, document.outerHtml());
        return "move <" + moved.normalName() + "> into <" + target.normalName() + "> of " + file.getFileName();
    }

    private static final List<String> TEXTS = List.of("&", "<", ">", "\u00A0", "\u202F", "« ", " »", "’", "…", "\t", "😀",
            "\u200F", "\u0000", "\u000B", "\uFFFE", " : ", " ; ", "!?", "--", "http://example.org", "40 000", "\n\n", "]]>", "\"");

    private static String insertText(Path file, Random random) throws IOException {
        String text = read(file);
        int body = text.indexOf("<body");
        if (body < 0) {
            return "insert text: no body in " + file.getFileName();
        }
        // only between a '>' and the next '<', i.e. in text, so that the markup stays as it was
        List<Integer> places = new ArrayList<>();
        for (int i = body; i < text.length(); i++) {
            if (text.charAt(i) == '>') {
                places.add(i + 1);
            }
        }
        int at = pick(places, random);
        String inserted = pick(TEXTS, random);
        write(file, text.substring(0, at) + inserted + text.substring(at));
        return "insert text " + java.util.HexFormat.of().formatHex(inserted.getBytes(StandardCharsets.UTF_8)) + " at " + at + " of "
                + file.getFileName();
    }

    private static final List<String> CSS = List.of("p { color: red; }", "@import url(more.css);", "@import \"book.css\";",
            "@font-face { font-family: X; src: url(fonts/x.woff2); }", "body { background: url(data:image/png;base64,iVBORw0KGgo=); }",
            "p {", "}", "/* unterminated", "@namespace epub \"http://www.idpf.org/2007/ops\";", "a::before { content: \"\\\"\"; }",
            "@media amzn-kf8 { p { margin: 0 } }", "p { position: fixed; }", "div { direction: rtl; unicode-bidi: bidi-override; }",
            "p { margin: 0 !important; }", "@page { margin: 1em; }", "p { font-size: 12px; }", "{{{", "p::after { content: url(x.png); }",
            "h1 { string-set: title content(); }", "p { colour: red; }", "@charset \"utf-8\";", "p { -webkit-hyphens: auto; }");

    private static String appendCss(Path file, Random random) throws IOException {
        String css = pick(CSS, random);
        String text = read(file);
        int at = random.nextBoolean() ? text.length() : 0;
        write(file, text.substring(0, at) + "\n" + css + "\n" + text.substring(at));
        return "add to book.css: " + css;
    }

    private static final List<String> SVG_DAMAGE = List.of("<script>alert(1)</script>", "<rect onload=\"alert(1)\"/>",
            "<image href=\"http://example.com/x.png\" width=\"1\" height=\"1\"/>", "<image href=\"../../cover.jpg\"/>",
            "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>", "<!ENTITY x \"y\">", "&x;", "<", "</svg>",
            "<use href=\"#nowhere\"/>", "<style>@import url(https://example.com/x.css);</style>", "<a href=\"javascript:alert(1)\">x</a>");

    private static String corruptSvg(Path file, Random random) throws IOException {
        String text = read(file);
        if (random.nextInt(4) == 0) {
            int at = random.nextInt(text.length() + 1);
            write(file, text.substring(0, at));
            return "truncate schema.svg at " + at;
        }
        String damage = pick(SVG_DAMAGE, random);
        int at = text.indexOf("<rect");
        at = at < 0 ? random.nextInt(text.length() + 1) : at;
        write(file, text.substring(0, at) + damage + text.substring(at));
        return "insert " + damage + " into schema.svg";
    }
}
