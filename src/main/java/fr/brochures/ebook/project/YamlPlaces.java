package fr.brochures.ebook.project;

import fr.brochures.ebook.report.Location;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The line and column of every key and list item of book.yaml, by dotted path ({@code creators[2].roles}). */
final class YamlPlaces {

    private final String file;
    private final Map<String, Location> places = new HashMap<>();

    YamlPlaces(String file, Node root) {
        this.file = file;
        if (root != null) {
            walk(root);
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

    /** A node to go through, the path it is at, and the visit of the node holding it (null for the root). */
    private record Visit(Node node, String path, Visit holder) {

        /** True when {@code node} is this visit's node or holds it: an alias leading back up (&a [*a]) is a cycle. */
        boolean within(Node node) {
            for (Visit visit = this; visit != null; visit = visit.holder) {
                if (visit.node == node) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Every key and item, depth first, with a stack of visits rather than a recursion, and never back into a node that
     * holds itself: an alias may point at the list or map it is in, and that tree is infinitely deep.
     */
    private void walk(Node root) {
        Deque<Visit> pending = new ArrayDeque<>();
        pending.push(new Visit(root, "", null));
        while (!pending.isEmpty()) {
            Visit visit = pending.pop();
            List<Visit> inside = new ArrayList<>();
            if (visit.node() instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getKeyNode() instanceof ScalarNode key) {
                        String child = visit.path().isEmpty() ? key.getValue() : visit.path() + "." + key.getValue();
                        put(child, key.getStartMark());
                        inside.add(new Visit(tuple.getValueNode(), child, visit));
                    }
                }
            } else if (visit.node() instanceof SequenceNode sequence) {
                for (int i = 0; i < sequence.getValue().size(); i++) {
                    Node item = sequence.getValue().get(i);
                    String child = visit.path() + "[" + (i + 1) + "]";
                    put(child, item.getStartMark());
                    inside.add(new Visit(item, child, visit));
                }
            }
            for (int i = inside.size() - 1; i >= 0; i--) {
                if (!visit.within(inside.get(i).node())) {
                    pending.push(inside.get(i));
                }
            }
        }
    }

    private void put(String path, Mark mark) {
        if (mark != null) {
            places.putIfAbsent(path, new Location(file, mark.getLine() + 1, mark.getColumn() + 1));
        }
    }
}
