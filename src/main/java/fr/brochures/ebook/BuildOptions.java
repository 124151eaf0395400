package fr.brochures.ebook;

import java.nio.file.Path;

/**
 * What a build is asked to do: the project; where the EPUB goes (null: PROJECT_DIR/target/&lt;title&gt;.epub, the Kobo
 * edition beside it); whether warnings fail it; how large images may be; the fixed time stamp for reproducible output
 * (from {@code SOURCE_DATE_EPOCH} when set); and whether to make the download site, where (null: PROJECT_DIR/target/site)
 * and at which public address (null: {@code download-url} of book.yaml, if any); whether EPUBCheck checks the books
 * before they are published; and whether the outputs are written at all (the live preview keeps them in memory and
 * serves them: its builds write nothing, the paths only name the files).
 */
public record BuildOptions(Path projectDir, Path output, boolean strict, int maxImageEdge, Long sourceDateEpoch,
                           boolean site, Path siteDir, String baseUrl, boolean check, boolean write) {

    /** The default long edge, in pixels, above which images are scaled down. */
    public static final int DEFAULT_MAX_IMAGE_EDGE = 1600;

    /** The books alone, without the download site. */
    public BuildOptions(Path projectDir, Path output, boolean strict, int maxImageEdge, Long sourceDateEpoch) {
        this(projectDir, output, strict, maxImageEdge, sourceDateEpoch, false, null, null, false, true);
    }

    /** The same options, also making the download site in {@code siteDir} (null: the default folder) for {@code baseUrl}. */
    public BuildOptions withSite(Path siteDir, String baseUrl) {
        return new BuildOptions(projectDir, output, strict, maxImageEdge, sourceDateEpoch, true, siteDir, baseUrl, check, write);
    }

    /** The same options, running EPUBCheck on the books before they are published ({@code build --check}). */
    public BuildOptions withCheck() {
        return new BuildOptions(projectDir, output, strict, maxImageEdge, sourceDateEpoch, site, siteDir, baseUrl, true, write);
    }

    /**
     * The same options, making every output in memory and writing none ({@code serve}: the result's outputs are served
     * from memory, so a preview never replaces what {@code build} published).
     */
    public BuildOptions inMemory() {
        return new BuildOptions(projectDir, output, strict, maxImageEdge, sourceDateEpoch, site, siteDir, baseUrl, check, false);
    }

    /** Options for {@code projectDir} with defaults: output under target/, not strict, SOURCE_DATE_EPOCH from the environment, no site. */
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
