package fr.brochures.ebook;

import java.nio.file.Path;

/**
 * What a build is asked to do: the project, where the EPUB goes (null: PROJECT_DIR/target/&lt;title&gt;.epub), whether warnings fail it, how large images may be, and
 * the fixed time stamp for reproducible output (from {@code SOURCE_DATE_EPOCH} when set).
 */
public record BuildOptions(Path projectDir, Path output, boolean strict, int maxImageEdge, Long sourceDateEpoch) {

    /** The same options writing to {@code output}. */
    public BuildOptions withOutput(Path output) {
        return new BuildOptions(projectDir, output, strict, maxImageEdge, sourceDateEpoch);
    }

    /** The default long edge, in pixels, above which images are scaled down. */
    public static final int DEFAULT_MAX_IMAGE_EDGE = 1600;

    /** Options for {@code projectDir} with defaults: output under target/, not strict, SOURCE_DATE_EPOCH from the environment. */
    public static BuildOptions defaults(Path projectDir, Path output) {
        return new BuildOptions(projectDir, output, false, DEFAULT_MAX_IMAGE_EDGE, sourceDateEpochFromEnvironment());
    }

    /** The value of SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/), or null. */
    public static Long sourceDateEpochFromEnvironment() {
        String value = System.getenv("SOURCE_DATE_EPOCH");
        if (value == null || !value.strip().matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }
}
