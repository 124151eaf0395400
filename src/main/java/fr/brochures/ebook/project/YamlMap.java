package fr.brochures.ebook.project;

import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.DidYouMean;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Typed reads from one YAML mapping, each wrong kind reported with the key's dotted path. */
final class YamlMap {

    private final Map<?, ?> values;
    private final String prefix;
    private final BuildReport report;
    private final YamlPlaces places;

    YamlMap(Map<?, ?> values, String prefix, BuildReport report, YamlPlaces places) {
        this.values = values;
        this.prefix = prefix;
        this.report = report;
        this.places = places;
    }

    /** The dotted path of {@code key} of this mapping, as messages name it ({@code sources[1].date}). */
    String path(String key) {
        return prefix + key;
    }

    /** Where {@code key} of this mapping is written in the file (or its nearest written parent). */
    Location at(String key) {
        return places.of(prefix + key);
    }

    /** Warns about keys not in {@code known}, naming the closest known one. */
    void warnUnknownKeys(List<String> known) {
        for (Object key : values.keySet()) {
            String name = String.valueOf(key);
            if (!known.contains(name)) {
                report.warning(MessageId.META_004, at(name), prefix + name,
                        DidYouMean.of(MetadataKeys.closest(name, known).map(k -> prefix + k)));
            }
        }
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    /** True when {@code key} holds a value that is not a list (already reported as the wrong kind by a typed read). */
    boolean holdsOtherThanList(String key) {
        return has(key) && !(values.get(key) instanceof List);
    }

    /** A text value, or null when absent or blank; numbers and yes/no are taken as their text. */
    String text(String key) {
        return clean(values.get(key), key, "a text");
    }

    /** A required text value: reported as missing when absent or blank. */
    String requiredText(String key, String example) {
        Object raw = values.get(key);
        String value = text(key);
        if (value == null && (raw == null || raw instanceof String)) {
            report.error(MessageId.META_002, at(key), prefix + key, example);
        }
        return value;
    }

    /** A list of texts; a single text is taken as a list of one; blank items are left out. */
    List<String> texts(String key) {
        Object value = values.get(key);
        List<String> result = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                String item = clean(list.get(i), key + "[" + (i + 1) + "]", "a text");
                if (item != null) {
                    result.add(item);
                }
            }
        } else if (value != null && !(value instanceof String)) {
            wrongKind(key, "a list of texts", value);
        } else {
            String single = clean(value, key, "a list of texts");
            if (single != null) {
                result.add(single);
            }
        }
        return result;
    }

    /** One scalar as text (null when absent or blank), reporting mappings, lists and characters XML cannot hold. */
    private String clean(Object value, String key, String expected) {
        if (value == null) {
            return null;
        }
        if (!(value instanceof String || value instanceof Number || value instanceof Boolean)) {
            wrongKind(key, expected, value);
            return null;
        }
        String text = String.valueOf(value).strip();
        int bad = text.codePoints().filter(c -> !isXmlCharacter(c)).findFirst().orElse(-1);
        if (bad >= 0) {
            report.error(MessageId.META_003, at(key), prefix + key, "plain text",
                    String.format(java.util.Locale.ROOT, "a text holding the control character U+%04X", bad));
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    /** True for the characters an XML document may hold (https://www.w3.org/TR/xml/#charsets), less other controls. */
    private static boolean isXmlCharacter(int c) {
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F || c >= 0xA0 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD && !(c >= 0xFDD0 && c <= 0xFDEF) || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** A mapping of texts (key → text), e.g. {@code labels:}; empty when absent. */
    java.util.Map<String, String> textMap(String key) {
        Object value = values.get(key);
        java.util.Map<String, String> result = new java.util.LinkedHashMap<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof Map<?, ?> map)) {
            wrongKind(key, "a mapping of texts (key: text)", value);
            return result;
        }
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            String text = clean(entry.getValue(), key + "." + name, "a text");
            if (text != null) {
                result.put(name, text);
            }
        }
        return result;
    }

    /** A list of mappings, each wrapped for typed reads. */
    List<YamlMap> maps(String key) {
        Object value = values.get(key);
        List<YamlMap> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> list)) {
            wrongKind(key, "a list of entries", value);
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            Object item = list.get(i);
            String itemPrefix = prefix + key + "[" + (i + 1) + "].";
            if (item instanceof Map<?, ?> map) {
                result.add(new YamlMap(map, itemPrefix, report, places));
            } else if (item instanceof String name) {
                result.add(new YamlMap(Map.of("name", name), itemPrefix, report, places));
            } else {
                wrongKind(key + "[" + (i + 1) + "]", "an entry (name: …)", item);
            }
        }
        return result;
    }

    void wrongKind(String key, String expected, Object value) {
        report.error(MessageId.META_003, at(key), prefix + key, expected, kindOf(value));
    }

    private static String kindOf(Object value) {
        if (value instanceof byte[]) {
            return "binary data (!!binary)";
        }
        if (value instanceof Map) {
            return "a mapping";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value instanceof Number) {
            return "a number (" + value + ")";
        }
        if (value instanceof Boolean) {
            return "yes/no (" + value + ")";
        }
        return "'" + value + "'";
    }
}
