package fr.brochures.ebook.pages;

import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.VelocityEngine;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the templates under {@code templates/} with a small prepared model. Every inserted value is escaped for XML,
 * except references whose name contains {@code Xhtml} (markup the builder produced itself) or {@code Yaml} (YAML
 * scalars the builder quoted itself, for the starter project's {@code book.yaml}).
 */
public final class PageRenderer {

    private final VelocityEngine engine;
    private final Map<String, Template> templates = new ConcurrentHashMap<>();

    public PageRenderer() {
        engine = new VelocityEngine();
        engine.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
        engine.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
        // the templates a page #parse-s (the web edition's head, bar and footer) parsed once, not at every page
        engine.setProperty("resource.loader.classpath.cache", true);
        engine.setProperty(RuntimeConstants.INPUT_ENCODING, StandardCharsets.UTF_8.name());
        engine.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, true);
        engine.setProperty(RuntimeConstants.SPACE_GOBBLING, "lines");
        engine.init();
    }

    /**
     * Parses the named templates now rather than at their first page: on another core while the chapters are read,
     * this takes Velocity's parser (about 50 ms at start-up, when it runs interpreted) off the renderers' way. A
     * template another one {@code #parse}-s is kept by the engine and found there. Returns this renderer.
     */
    public PageRenderer parse(Collection<String> names) {
        names.forEach(this::template);
        return this;
    }

    /** The names of the templates parsed so far, for tests. */
    public Set<String> parsedTemplates() {
        return Set.copyOf(templates.keySet());
    }

    private Template template(String name) {
        return templates.computeIfAbsent(name, n -> engine.getTemplate("templates/" + n, StandardCharsets.UTF_8.name()));
    }

    /** Renders {@code templates/<name>} with the given variables. */
    public String render(String name, Map<String, ?> model) {
        Template template = template(name);
        VelocityContext context = new VelocityContext();
        model.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addReferenceInsertionEventHandler(new XmlEscaping());
        cartridge.attachToContext(context);
        StringWriter out = new StringWriter();
        template.merge(context, out);
        return out.toString();
    }

    /** Renders to UTF-8 bytes. */
    public byte[] renderBytes(String name, Map<String, ?> model) {
        return render(name, model).getBytes(StandardCharsets.UTF_8);
    }

    /** Escapes inserted values for XML text and attributes. */
    private static final class XmlEscaping implements ReferenceInsertionEventHandler {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            if (value == null || reference.contains("Xhtml") || reference.contains("Yaml")) {
                return value;
            }
            return escape(value.toString());
        }
    }

    /** The text with {@code & < > " '} escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
