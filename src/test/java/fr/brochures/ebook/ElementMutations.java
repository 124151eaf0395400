package fr.brochures.ebook;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static fr.brochures.ebook.FuzzMutations.pick;
import static fr.brochures.ebook.FuzzMutations.read;
import static fr.brochures.ebook.FuzzMutations.write;

/**
 * Mutations of a chapter's element tree (parsed as XML, written back unindented): elements deleted, doubled or moved,
 * snippets of hand-typed markup inserted, attributes set to odd values. The chapter stays well-formed XML: the damage
 * is to its structure and content, not to its syntax ({@link MarkupMutations} does that).
 */
final class ElementMutations {

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

    private static final List<String> ATTRIBUTES = List.of("id", "href", "src", "class", "epub:type", "data-by", "lang", "datetime",
            "alt", "role", "style", "title", "data-photo");
    private static final List<String> VALUES = List.of("", " ", "x y", "#", "note-1", "noteref-2", "premier", "suite",
            "01-premier.xhtml", "02-second.xhtml#suite", "#premier", "https://example.com", "mailto:a@example.org", "images/schema.svg",
            "translator", "author", "note", "chapter", "footnote", "z3998:poem", "en", "fr", "xx-invalid-", "2022-13-01", "2022-01-06",
            "doc-noteref", "doc-chapter", "color: red", "awaited", "1", "«", "&", "<", "javascript:x", "../x", "%zz", "a%20b");

    private ElementMutations() {
    }

    /** The chapter as an XML tree that is written back without indentation, so that only the mutation changes it. */
    private static Document parse(Path file) throws IOException {
        Document document = Jsoup.parse(read(file), "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** Every element inside the root element (neither the root nor an html element), in document order. */
    private static List<Element> belowTheRoot(Document document) {
        return document.getAllElements().stream().filter(e -> e.parent() != null && !e.normalName().equals("html")
                && !(e.parent() instanceof Document)).toList();
    }

    static String deleteElement(Path file, Random random) throws IOException {
        Document document = parse(file);
        List<Element> elements = belowTheRoot(document);
        if (elements.isEmpty()) {
            return "delete element: none in " + file.getFileName();
        }
        Element element = pick(elements, random);
        String what = element.normalName() + (element.id().isEmpty() ? "" : "#" + element.id());
        element.remove();
        write(file, document.outerHtml());
        return "delete element <" + what + "> of " + file.getFileName();
    }

    static String duplicateElement(Path file, Random random) throws IOException {
        Document document = parse(file);
        List<Element> elements = belowTheRoot(document);
        if (elements.isEmpty()) {
            return "duplicate element: none in " + file.getFileName();
        }
        Element element = pick(elements, random);
        element.after(element.clone());
        write(file, document.outerHtml());
        return "duplicate element <" + element.normalName() + "> of " + file.getFileName();
    }

    private static Element randomBodyElement(Document document, Random random) {
        List<Element> elements = document.select("body, body *").stream().toList();
        return elements.isEmpty() ? null : pick(elements, random);
    }

    static String insertSnippet(Path file, Random random) throws IOException {
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

    static String setAttribute(Path file, Random random) throws IOException {
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

    static String moveElement(Path file, Random random) throws IOException {
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
}
