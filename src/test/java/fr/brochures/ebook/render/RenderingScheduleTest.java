package fr.brochures.ebook.render;

import fr.brochures.ebook.model.Manuscript;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RenderingScheduleTest {

    /** A renderer that takes {@code millis}, notes its thread, and records which outputs it saw. */
    private static final class Fake implements Renderer {
        final String kind;
        final boolean readsEarlier;
        final long millis;
        final Set<String> threads;
        List<String> sawEarlier;

        Fake(String kind, boolean readsEarlier, long millis, Set<String> threads) {
            this.kind = kind;
            this.readsEarlier = readsEarlier;
            this.millis = millis;
            this.threads = threads;
        }

        @Override
        public Output render(Manuscript manuscript, Outputs earlier) {
            threads.add(Thread.currentThread().getName());
            sawEarlier = earlier.all().stream().map(Output::kind).toList();
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            OutputFile file = OutputFile.of(Path.of(kind), new byte[0]);
            return new Output(kind, file, List.of(file), Map.of());
        }

        @Override
        public boolean readsEarlierOutputs() {
            return readsEarlier;
        }
    }

    @RepeatedTest(5)
    void outputsComeInTheRenderersOrderWhicheverFinishesFirst() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Fake slowFirst = new Fake("epub", false, 60, threads);
        Fake quick = new Fake("kepub", false, 1, threads);
        Fake web = new Fake("web", false, 5, threads);
        Fake site = new Fake("site", true, 1, threads);

        List<RenderingSchedule.Rendered> done = RenderingSchedule.run(null, List.of(slowFirst, quick, web, site));

        assertEquals(List.of("epub", "kepub", "web", "site"), done.stream().map(r -> r.output().kind()).toList());
        assertEquals(List.of("epub", "kepub", "web"), site.sawEarlier, "the site waits for all before it and sees them in order");
        assertEquals(List.of(), quick.sawEarlier, "renderers side by side see only what came before their group");
        assertEquals(2, threads.size(), "two threads shared the work: " + threads);
        assertTrue(done.get(0).seconds() >= 0.05, "each output's own time: " + done.get(0).seconds());
    }

    @Test
    void renderersSideBySideRunAtTheSameTime() throws InterruptedException {
        // each waits for the other to have started: run one after the other, they would wait forever (here: 5 s)
        CountDownLatch bothStarted = new CountDownLatch(2);
        Renderer a = waitingFor(bothStarted, "a");
        Renderer b = waitingFor(bothStarted, "b");
        List<RenderingSchedule.Rendered> done = RenderingSchedule.run(null, List.of(a, b));
        assertEquals(List.of("a", "b"), done.stream().map(r -> r.output().kind()).toList());
    }

    private static Renderer waitingFor(CountDownLatch latch, String kind) {
        return new Renderer() {
            @Override
            public Output render(Manuscript manuscript, Outputs earlier) {
                latch.countDown();
                try {
                    assertTrue(latch.await(5, TimeUnit.SECONDS), kind + " ran alone");
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                OutputFile file = OutputFile.of(Path.of(kind), new byte[0]);
                return new Output(kind, file, List.of(file), Map.of());
            }

            @Override
            public boolean readsEarlierOutputs() {
                return false;
            }
        };
    }

    @Test
    void theFirstFailureInOrderIsThrownOnceTheOthersHaveFinished() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        IllegalStateException first = new IllegalStateException("first");
        IllegalStateException second = new IllegalStateException("second");
        Fake slow = new Fake("slow", false, 80, threads);
        Renderer failsLate = failing(first, 40);
        Renderer failsAtOnce = failing(second, 0);

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> RenderingSchedule.run(null, List.of(failsLate, failsAtOnce, slow)));

        assertSame(first, thrown, "the first renderer's failure, though the second failed sooner");
        assertEquals(List.of(), slow.sawEarlier, "and the renderer beside them had finished");
    }

    @Test
    void aRendererThatReadsEarlierOutputsIsNeverStartedWhenOneBeforeItFailed() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Fake site = new Fake("site", true, 1, threads);
        assertThrows(IllegalStateException.class,
                () -> RenderingSchedule.run(null, List.of(failing(new IllegalStateException("x"), 0), site)));
        assertEquals(null, site.sawEarlier);
    }

    private static Renderer failing(RuntimeException failure, long millis) {
        return new Renderer() {
            @Override
            public Output render(Manuscript manuscript, Outputs earlier) {
                try {
                    Thread.sleep(millis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                throw failure;
            }

            @Override
            public boolean readsEarlierOutputs() {
                return false;
            }
        };
    }
}
