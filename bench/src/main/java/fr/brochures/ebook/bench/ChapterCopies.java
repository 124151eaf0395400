package fr.brochures.ebook.bench;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The renaming that lets 50 copies of the same chapters live in one book: each copy's files, ids, fragments and
 * chapter links get the copy's prefix ({@code c07-}), its titles the copy's number, and the front and back matter link
 * to the first copy. Everything else in the text is left byte for byte as it was.
 */
final class ChapterCopies {

    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");
    private static final Pattern H1_END = Pattern.compile("</h1>");
    private static final Pattern TITLE_END = Pattern.compile("</title>");

    private ChapterCopies() {
    }

    /** The file name of a chapter's copy: {@code c07-02-name.xhtml}. */
    static String copyName(int copy, String chapter) {
        return String.format("c%02d-%s", copy, chapter);
    }

    /** The chapter with every id, fragment and chapter link renamed for its copy, and its titles numbered. */
    static String renamed(String text, int copy, List<String> chapters) {
        String prefix = String.format("c%02d-", copy);
        String result = ID.matcher(text).replaceAll(m -> Matcher.quoteReplacement("id=\"" + prefix + m.group(1) + "\""));
        result = HREF.matcher(result).replaceAll(m -> Matcher.quoteReplacement("href=\"" + relink(m.group(1), copy, chapters) + "\""));
        result = H1_END.matcher(result).replaceFirst(Matcher.quoteReplacement(" (" + copy + ")</h1>"));
        return TITLE_END.matcher(result).replaceFirst(Matcher.quoteReplacement(" (" + copy + ")</title>"));
    }

    private static String relink(String href, int copy, List<String> chapters) {
        String prefix = String.format("c%02d-", copy);
        if (href.startsWith("#")) {
            return "#" + prefix + href.substring(1);
        }
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        if (!chapters.contains(file)) {
            return href; // a web address, a mail address, an image
        }
        return copyName(copy, file) + (hash < 0 ? "" : "#" + prefix + href.substring(hash + 1));
    }

    /** Front and back matter link to the chapters' first copy. */
    static String relinkMatter(String text, Map<String, String> firstCopyNames) {
        return HREF.matcher(text).replaceAll(m -> {
            String href = m.group(1);
            int hash = href.indexOf('#');
            String file = hash < 0 ? href : href.substring(0, hash);
            String renamed = firstCopyNames.get(file);
            String result = renamed == null ? href : renamed + (hash < 0 ? "" : "#c01-" + href.substring(hash + 1));
            return Matcher.quoteReplacement("href=\"" + result + "\"");
        });
    }
}
