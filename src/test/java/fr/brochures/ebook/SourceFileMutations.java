package fr.brochures.ebook;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import static fr.brochures.ebook.FuzzMutations.pick;
import static fr.brochures.ebook.FuzzMutations.read;
import static fr.brochures.ebook.FuzzMutations.write;

/**
 * Mutations of the book's sources other than chapters: book.yaml (lines deleted, doubled, indented, misspelt or given
 * odd values), the stylesheet (rules right or wrong added) and the SVG image (truncated, or given dangerous or broken
 * markup).
 */
final class SourceFileMutations {

    private static final List<String> YAML_VALUES = List.of("12", "yes", "~", "[", "{a: b}", "\"\"", "soon", "- x", ": :",
            "2022-13-45", "fr_FR", "[01-premier.xhtml, 01-premier.xhtml]", "../../etc/passwd", "'unterminated", "&anchor x",
            "*alias", "!!binary AAAA", "[aut, writer]", "https://example.com", "\"\\u0000\"");
    private static final List<String> CSS = List.of("p { color: red; }", "@import url(more.css);", "@import \"book.css\";",
            "@font-face { font-family: X; src: url(fonts/x.woff2); }", "body { background: url(data:image/png;base64,iVBORw0KGgo=); }",
            "p {", "}", "/* unterminated", "@namespace epub \"http://www.idpf.org/2007/ops\";", "a::before { content: \"\\\"\"; }",
            "@media amzn-kf8 { p { margin: 0 } }", "p { position: fixed; }", "div { direction: rtl; unicode-bidi: bidi-override; }",
            "p { margin: 0 !important; }", "@page { margin: 1em; }", "p { font-size: 12px; }", "{{{", "p::after { content: url(x.png); }",
            "h1 { string-set: title content(); }", "p { colour: red; }", "@charset \"utf-8\";", "p { -webkit-hyphens: auto; }");
    private static final List<String> SVG_DAMAGE = List.of("<script>alert(1)</script>", "<rect onload=\"alert(1)\"/>",
            "<image href=\"http://example.com/x.png\" width=\"1\" height=\"1\"/>", "<image href=\"../../cover.jpg\"/>",
            "<foreignObject><p xmlns=\"http://www.w3.org/1999/xhtml\">x</p></foreignObject>", "<!ENTITY x \"y\">", "&x;", "<", "</svg>",
            "<use href=\"#nowhere\"/>", "<style>@import url(https://example.com/x.css);</style>", "<a href=\"javascript:alert(1)\">x</a>");

    private SourceFileMutations() {
    }

    static String mutateYaml(Path file, Random random) throws IOException {
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

    static String appendCss(Path file, Random random) throws IOException {
        String css = pick(CSS, random);
        String text = read(file);
        int at = random.nextBoolean() ? text.length() : 0;
        write(file, text.substring(0, at) + "\n" + css + "\n" + text.substring(at));
        return "add to book.css: " + css;
    }

    static String corruptSvg(Path file, Random random) throws IOException {
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
