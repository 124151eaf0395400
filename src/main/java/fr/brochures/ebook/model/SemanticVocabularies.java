package fr.brochures.ebook.model;

import org.jsoup.nodes.Element;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The vocabularies of {@code epub:type} values outside the default one (https://www.w3.org/TR/epub-ssv-11/): a value
 * such as {@code z3998:roman} or {@code se:name.person.full-name} has a prefix, which every document using it must
 * declare in {@code epub:prefix} on its {@code html} (EPUB 3.3 §D.2; EPUBCheck's OPF-028 otherwise). The builder knows
 * the two vocabularies real books use, DAISY's structure vocabulary ({@code z3998:}) and Standard Ebooks'
 * ({@code se:}); any other is known from the source file that declares it.
 */
public final class SemanticVocabularies {

    /** The prefixes the builder declares itself when a source uses them without declaring them. */
    public static final Map<String, String> KNOWN = Map.of(
            "z3998", "http://www.daisy.org/z3998/2012/vocab/structure/#",
            "se", "https://standardebooks.org/vocab/1.0");

    // "prefix: URI" pairs separated by white space (EPUB 3.3 §D.2.2)
    private static final Pattern DECLARATION = Pattern.compile("([A-Za-z_][\\w.-]*+):\\s++(\\S++)");

    private SemanticVocabularies() {
    }

    /** The prefixes an {@code epub:prefix} value declares, prefix → URI, in its order. */
    public static Map<String, String> declared(String epubPrefix) {
        Map<String, String> declared = new LinkedHashMap<>();
        Matcher pair = DECLARATION.matcher(epubPrefix == null ? "" : epubPrefix);
        while (pair.find()) {
            // Standard Ebooks separates its pairs by a comma as well: "z3998: http://…/structure/, se: https://…"
            String uri = pair.group(2).endsWith(",") ? pair.group(2).substring(0, pair.group(2).length() - 1) : pair.group(2);
            declared.putIfAbsent(pair.group(1), uri);
        }
        return declared;
    }

    /** The prefixes a document's own declaration gives it ({@code html}'s {@code epub:prefix}). */
    public static Map<String, String> declaredBy(Element root) {
        Element html = root.normalName().equals("html") ? root : root.ownerDocument() == null ? null
                : root.ownerDocument().selectFirst("html");
        return declared(html == null ? "" : html.attr("epub:prefix"));
    }

    /** The prefix of one {@code epub:type} token, or null when it has none ({@code chapter}). */
    public static String prefixOf(String token) {
        int colon = token.indexOf(':');
        return colon > 0 ? token.substring(0, colon) : null;
    }

    /** Every prefix the {@code epub:type} values at or under {@code root} use, sorted. */
    public static Set<String> used(Element root) {
        Set<String> used = new TreeSet<>();
        for (Element typed : root.select("[epub:type]")) {
            for (String token : typed.attr("epub:type").strip().split("\\s+")) {
                String prefix = prefixOf(token);
                if (prefix != null) {
                    used.add(prefix);
                }
            }
        }
        return used;
    }

    /** The URI of {@code prefix}: the document's own declaration, else the builder's; null when neither has it. */
    public static String uri(String prefix, Map<String, String> declared) {
        return declared.getOrDefault(prefix, KNOWN.get(prefix));
    }

    /**
     * The prefixes of {@code used} with their URIs ({@link #uri}), in the order of {@code used}; those without a URI are
     * left out (reported where they are written, and dropped from the book).
     */
    public static Map<String, String> resolve(Set<String> used, Map<String, String> declared) {
        Map<String, String> resolved = new LinkedHashMap<>();
        for (String prefix : used) {
            String uri = uri(prefix, declared);
            if (uri != null) {
                resolved.put(prefix, uri);
            }
        }
        return resolved;
    }

    /** An {@code epub:prefix} value declaring {@code vocabularies}: {@code "se: https://… z3998: http://…"}. */
    public static String attribute(Map<String, String> vocabularies) {
        StringBuilder value = new StringBuilder();
        vocabularies.forEach((prefix, uri) -> value.append(value.length() == 0 ? "" : " ").append(prefix).append(": ").append(uri));
        return value.toString();
    }
}
