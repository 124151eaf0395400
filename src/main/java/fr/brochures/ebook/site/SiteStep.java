package fr.brochures.ebook.site;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;

/** The {@code build} command's last step: writes the download page and says where, in one line. */
public final class SiteStep {

    /** Where the site goes when no folder is given: {@code PROJECT_DIR/target/site}. */
    public static Path defaultDir(Path projectDir) {
        return projectDir.resolve("target").resolve("site");
    }

    private SiteStep() {
    }

    /**
     * Writes the site of the book built at {@code epub} into {@code siteDir} (null: the default folder) and prints
     * one line about it; returns false, having said why on {@code err}, when it could not be written.
     */
    public static boolean run(Path projectDir, Path epub, Path siteDir, String baseUrl, PrintWriter out, PrintWriter err) {
        Path dir = siteDir != null ? siteDir : defaultDir(projectDir);
        DownloadSite.Result result;
        try {
            result = new DownloadSite().write(projectDir, epub, dir, baseUrl);
        } catch (IOException | RuntimeException e) {
            err.println("ebook-builder: the EPUB is built, but the download page could not be written in " + dir + ": " + e.getMessage());
            err.flush();
            return false;
        }
        String files = result.downloads().stream().map(Download::fileName).collect(Collectors.joining(", "));
        out.println("Download page " + result.index() + " (" + files + "); "
                + (result.qrCodeUrl() != null ? "QR code for " + result.qrCodeUrl()
                : "no QR code: give the site's address with --base-url URL or download-url in book/book.yaml"));
        out.flush();
        return true;
    }
}
