package fr.brochures.ebook.pages;

import java.util.HashMap;
import java.util.Map;

/** Builds the variable maps templates receive; absent values become empty text so that {@code #if} reads them as false. */
public final class Models {

    private final Map<String, Object> values = new HashMap<>();

    public static Models with(String key, Object value) {
        return new Models().and(key, value);
    }

    public Models and(String key, Object value) {
        values.put(key, value == null ? "" : value);
        return this;
    }

    public Map<String, Object> map() {
        return values;
    }
}
