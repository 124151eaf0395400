package fr.brochures.ebook.model;

import fr.brochures.ebook.report.Location;
import org.jsoup.nodes.Node;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where the elements of a chapter made from another format (a Markdown file) were written in that source, so that a
 * problem found in the XHTML tree is reported at the source's own line and column. A node without a place of its own
 * (text, an element the conversion added) is placed at its nearest ancestor that has one.
 */
public final class SourceMap {

    // jsoup nodes compare by identity, and a node keeps its place while the transforms move it
    private final Map<Node, Location> places = new IdentityHashMap<>();

    /** Records that {@code node} was written at {@code where}. */
    public void put(Node node, Location where) {
        places.put(node, where);
    }

    /** Where {@code node}, or failing it its nearest ancestor with a recorded place, was written; empty when none was. */
    public Optional<Location> at(Node node) {
        for (Node n = node; n != null; n = n.parent()) {
            Location where = places.get(n);
            if (where != null) {
                return Optional.of(where);
            }
        }
        return Optional.empty();
    }

    /** How many places are recorded (for tests). */
    public int size() {
        return places.size();
    }
}
