package fr.brochures.ebook.site;

import fr.brochures.ebook.BuildOptions;
import fr.brochures.ebook.images.ImagePreparer;
import fr.brochures.ebook.images.PreparedImage;
import fr.brochures.ebook.kobo.KoboRenderer;
import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.project.BookMetadata;
import fr.brochures.ebook.project.BookProject;
import fr.brochures.ebook.project.ProjectLoader;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.write.OutputWriter;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Makes and writes the download site of books already built on disk, as the build's site renderer and writer do. */
final class SiteWriting {

    private SiteWriting() {
    }

    /**
     * The site of the project's book built at {@code epub} (and its Kobo edition beside it, when there), with its
     * cover prepared as the build prepares it.
     */
    static DownloadSite.Result write(Path projectDir, Path epub, Path siteDir, String baseUrl) throws IOException {
        BookProject project = new ProjectLoader(new BuildReport()).load(projectDir);
        String address = baseUrl != null ? baseUrl : project.metadata().downloadUrl();
        return write(project.metadata(), preparedCover(project.cover()), epub, siteDir, address == null ? null : BaseUrl.parse(address));
    }

    /** A cover file prepared as the build prepares it (upright, sRGB, without metadata, at most 2400 px). */
    static PreparedImage preparedCover(Path cover) {
        BuildReport report = new BuildReport();
        PreparedImage prepared = new ImagePreparer(report, BuildOptions.DEFAULT_MAX_IMAGE_EDGE).prepareCover(cover, ProjectLoader.COVER_FILE);
        if (prepared == null) {
            throw new IllegalStateException("the cover cannot be prepared: " + report.problems());
        }
        return prepared;
    }

    static DownloadSite.Result write(BookMetadata metadata, PreparedImage cover, Path epub, Path siteDir, BaseUrl baseUrl) throws IOException {
        List<DownloadSite.Offered> books = new ArrayList<>();
        offer(books, "epub", epub);
        offer(books, "kepub", KoboRenderer.kepubPath(epub));
        DownloadSite.Result result = new DownloadSite(new PageRenderer()).render(
                fr.brochures.ebook.transform.MetadataTypography.apply(metadata), cover, books, siteDir, baseUrl);
        OutputFile page = result.files().get(result.files().size() - 1);
        new OutputWriter(new BuildReport()).writeAll(List.of(new Output("site", page, result.files(), Map.of())));
        return result;
    }

    private static void offer(List<DownloadSite.Offered> books, String kind, Path file) throws IOException {
        if (Files.isRegularFile(file)) {
            books.add(new DownloadSite.Offered(kind, OutputFile.of(file, Files.readAllBytes(file))));
        }
    }
}
