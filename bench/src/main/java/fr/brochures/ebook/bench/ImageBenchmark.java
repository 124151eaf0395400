package fr.brochures.ebook.bench;

import fr.brochures.ebook.images.ImagePreparer;
import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.BuildOptions;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * One image prepared, JIT warm: a 3000 × 2000 photograph (decoded, scaled to 1600 px, re-encoded) without cache and
 * from a warm cache, and the brochure's cover. One thread: the build prepares images on all cores.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ImageBenchmark {

    private Path photo;
    private Path cover;
    private ImagePreparer noCache;
    private ImagePreparer cached;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        photo = PipelineBenchmark.project("photos-3000x2000").resolve(Photos.fileName(1));
        cover = PipelineBenchmark.project("brochure").resolve("covers/cover.jpg");
        noCache = new ImagePreparer(new BuildReport(), BuildOptions.DEFAULT_MAX_IMAGE_EDGE);
        Path cacheDir = Files.createTempDirectory("ebook-bench-cache-");
        cached = new ImagePreparer(new BuildReport(), BuildOptions.DEFAULT_MAX_IMAGE_EDGE, cacheDir);
        cached.prepare(photo, "book/images/photo-001.jpg");
    }

    @Benchmark
    public PreparedImage photo3000x2000NoCache() {
        return noCache.prepare(photo, "book/images/photo-001.jpg");
    }

    @Benchmark
    public PreparedImage photo3000x2000FromCache() {
        return cached.prepare(photo, "book/images/photo-001.jpg");
    }

    @Benchmark
    public PreparedImage brochureCoverNoCache() {
        return noCache.prepare(cover, "covers/cover.jpg");
    }
}
