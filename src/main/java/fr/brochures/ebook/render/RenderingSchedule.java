package fr.brochures.ebook.render;

import fr.brochures.ebook.model.Manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a build's renderers in their order, those that read no earlier output side by side: this thread and one other
 * each take the next such renderer as they finish one (the EPUB, the Kobo edition and the web edition share two
 * cores), and a renderer that reads earlier outputs (the download site) waits for all those before it. The outputs
 * come out in the renderers' order whichever finished first, so a build's result never depends on the threads; when
 * renderers fail, the first one's failure in that order is thrown, once those running beside it have finished.
 */
public final class RenderingSchedule {

    /** One renderer's output and how long it took. */
    public record Rendered(Output output, double seconds) {
    }

    private RenderingSchedule() {
    }

    /** Every renderer's output, in the renderers' order. */
    public static List<Rendered> run(Manuscript manuscript, List<Renderer> renderers) {
        Outputs outputs = new Outputs();
        List<Rendered> all = new ArrayList<>();
        int start = 0;
        while (start < renderers.size()) {
            int end = start;
            while (end < renderers.size() && !renderers.get(end).readsEarlierOutputs()) {
                end++;
            }
            if (end == start) {
                end++; // one that reads earlier outputs: alone, all those before it being done
            }
            List<Rendered> done = sideBySide(renderers.subList(start, end), manuscript, outputs);
            start = end;
            done.forEach(rendered -> {
                all.add(rendered);
                outputs.add(rendered.output());
            });
        }
        return all;
    }

    private static List<Rendered> sideBySide(List<Renderer> group, Manuscript manuscript, Outputs earlier) {
        if (group.size() == 1) {
            return List.of(render(group.get(0), manuscript, earlier));
        }
        AtomicInteger next = new AtomicInteger();
        Object[] results = new Object[group.size()];
        Runnable takeInTurn = () -> {
            for (int i = next.getAndIncrement(); i < group.size(); i = next.getAndIncrement()) {
                try {
                    results[i] = render(group.get(i), manuscript, earlier);
                } catch (RuntimeException | Error e) {
                    results[i] = e;
                }
            }
        };
        CompletableFuture<Void> otherCore = CompletableFuture.runAsync(takeInTurn);
        takeInTurn.run();
        otherCore.join(); // never throws: takeInTurn keeps every failure in results
        List<Rendered> done = new ArrayList<>();
        for (Object result : results) {
            if (result instanceof RuntimeException e) {
                throw e;
            }
            if (result instanceof Error e) {
                throw e;
            }
            done.add((Rendered) result);
        }
        return done;
    }

    private static Rendered render(Renderer renderer, Manuscript manuscript, Outputs earlier) {
        long start = System.nanoTime();
        Output output = renderer.render(manuscript, earlier);
        return new Rendered(output, (System.nanoTime() - start) / 1e9);
    }
}
