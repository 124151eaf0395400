package fr.brochures.ebook.bench;

import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ChapterFile;
import fr.brochures.ebook.project.Person;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.report.BuildReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What pandoc is given to build the same book, made once before the timed runs (so not timed):
 * <ul>
 * <li>{@code book.html}: the bodies of all the project's chapters in reading order (front matter, chapters, back
 * matter) in one HTML5 file. Each note written in place ({@code <span class="note">}) becomes a pandoc note
 * ({@code <a epub:type="noteref">} and {@code <aside epub:type="footnote">}, read with {@code -f html+epub_html_exts}),
 * so pandoc numbers and gathers the notes too; an awaited photograph whose file is missing becomes a short mention, as
 * our builder does, instead of an image pandoc would look for; everything else is the chapters' own markup;</li>
 * <li>{@code meta.yaml}: the metadata of book/book.yaml in pandoc's EPUB fields (title, subtitle, creators and
 * contributors with their roles, identifier, date, language, publisher, description, subjects, rights).</li>
 * </ul>
 * The pandoc command line (in {@link CliRace}) adds the cover, the stylesheets, the contents and the image folder.
 * Usage: {@code PandocInput PROJECT_DIR OUT_DIR}.
 */
public final class PandocInput {

    private PandocInput() {
    }

    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Path.of(args[1]));
    }

    public static void write(Path projectDir, Path outDir) throws IOException {
        BuildReport report = new BuildReport();
        BookProject project = new ProjectLoader(report).load(projectDir);
        if (project == null) {
            throw new IOException(projectDir + " is not a book project: " + report.problems());
        }
        Files.createDirectories(outDir);
        BookMetadata m = project.metadata();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").append(m.language()).append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
                .append(Entities.escape(m.title())).append("</title>\n</head>\n<body>\n");
        int note = 0;
        for (ChapterFile file : project.chapters()) {
            Document doc = Jsoup.parse(Files.readString(file.path(), StandardCharsets.UTF_8), "", Parser.xmlParser());
            doc.outputSettings().prettyPrint(false).syntax(Document.OutputSettings.Syntax.html);
            Element body = doc.selectFirst("body");
            if (body == null) {
                continue;
            }
            List<Element> asides = new ArrayList<>();
            for (Element span : body.select("span.note")) {
                note++;
                Element ref = new Element("a").attr("href", "#pn" + note).attr("epub:type", "noteref").text(String.valueOf(note));
                Element aside = new Element("aside").attr("id", "pn" + note).attr("epub:type", "footnote");
                Element p = aside.appendElement("p");
                for (Node child : new ArrayList<>(span.childNodes())) {
                    p.appendChild(child);
                }
                span.replaceWith(ref);
                asides.add(aside);
            }
            for (Element figure : body.select("figure[data-photo=awaited]")) {
                Element img = figure.selectFirst("img");
                if (img != null && !Files.isRegularFile(project.bookDir().resolve(img.attr("src")))) {
                    img.replaceWith(new Element("p").addClass("photo-awaited").text("Photographie de l’édition imprimée non reproduite."));
                }
            }
            for (Element aside : asides) {
                body.appendChild(aside);
            }
            html.append("<!-- ").append(file.name()).append(" -->\n").append(body.html()).append('\n');
        }
        html.append("</body>\n</html>\n");
        Files.writeString(outDir.resolve("book.html"), html, StandardCharsets.UTF_8);
        Files.writeString(outDir.resolve("meta.yaml"), metadata(m), StandardCharsets.UTF_8);
    }

    private static String metadata(BookMetadata m) {
        StringBuilder y = new StringBuilder("---\n");
        y.append("title:\n- type: main\n  text: ").append(q(m.title())).append('\n');
        if (m.subtitle() != null) {
            y.append("- type: subtitle\n  text: ").append(q(m.subtitle())).append('\n');
        }
        people(y, "creator", m.creators());
        people(y, "contributor", m.contributors());
        y.append("identifier:\n- text: ").append(q(m.identifier())).append('\n');
        y.append("date: ").append(q(m.date())).append('\n');
        y.append("lang: ").append(q(m.language())).append('\n');
        if (m.publisher() != null) {
            y.append("publisher: ").append(q(m.publisher())).append('\n');
        }
        if (m.description() != null) {
            y.append("description: ").append(q(m.description())).append('\n');
        }
        if (!m.subjects().isEmpty()) {
            y.append("subject:\n");
            m.subjects().forEach(s -> y.append("- ").append(q(s)).append('\n'));
        }
        if (m.rights() != null) {
            y.append("rights: ").append(q(m.rights())).append('\n');
        }
        return y.append("...\n").toString();
    }

    private static void people(StringBuilder y, String key, List<Person> people) {
        if (people.isEmpty()) {
            return;
        }
        y.append(key).append(":\n");
        for (Person p : people) {
            y.append("- text: ").append(q(p.displayName())).append('\n');
            if (!p.roles().isEmpty()) {
                y.append("  role: ").append(q(p.roles().get(0))).append('\n');
            }
            if (p.fileAs() != null) {
                y.append("  file-as: ").append(q(p.fileAs())).append('\n');
            }
        }
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
