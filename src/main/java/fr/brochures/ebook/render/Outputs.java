package fr.brochures.ebook.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outputs made so far, in the order their renderers ran. */
public final class Outputs {

    private final List<Output> all = new ArrayList<>();

    public void add(Output output) {
        all.add(output);
    }

    /** The output of this kind, if one was made. */
    public Optional<Output> find(String kind) {
        return all.stream().filter(o -> o.kind().equals(kind)).findFirst();
    }

    public List<Output> all() {
        return List.copyOf(all);
    }
}
