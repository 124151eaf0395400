package fr.brochures.ebook.project;

import fr.brochures.ebook.report.Location;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The line and column of every key and list item of book.yaml, by dotted path ({@code creators[2].roles}). */
final class YamlPlaces {

    private final String file;
    private final Map<String, Location> places = new HashMap<>();
    /** The lists and mappings around the one being walked: a list holding itself (through an alias) is no endless walk. */
    private final Set<Node> around = Collections.newSetFromMap(new IdentityHashMap<>());

    YamlPlaces(String file, Node root) {
        this.file = file;
        if (root != null) {
            walk(root, "");
        }
    }

    /** Where {@code path} is written; for a missing key, where its nearest written parent is; else the file alone. */
    Location of(String path) {
        for (String p = path; !p.isEmpty(); p = parent(p)) {
            Location found = places.get(p);
            if (found != null) {
                return found;
            }
        }
        return Location.of(file);
    }

    private static String parent(String path) {
        String trimmed = path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
        int cut = Math.max(trimmed.lastIndexOf('.'), trimmed.lastIndexOf('['));
        return cut <= 0 ? "" : trimmed.substring(0, cut);
    }

    private void walk(Node node, String path) {
        if (!around.add(node)) {
            return;
        }
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key) {
                    String child = path.isEmpty() ? key.getValue() : path + "." + key.getValue();
                    put(child, key.getStartMark());
                    walk(tuple.getValueNode(), child);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            for (int i = 0; i < sequence.getValue().size(); i++) {
                Node item = sequence.getValue().get(i);
                String child = path + "[" + (i + 1) + "]";
                put(child, item.getStartMark());
                walk(item, child);
            }
        }
        around.remove(node);
    }

    private void put(String path, Optional<Mark> mark) {
        mark.ifPresent(m -> places.putIfAbsent(path, new Location(file, m.getLine() + 1, m.getColumn() + 1)));
    }
}
