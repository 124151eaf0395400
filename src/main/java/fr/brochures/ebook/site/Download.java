package fr.brochures.ebook.site;

import fr.brochures.ebook.render.OutputFile;

/**
 * A file offered on the download page.
 *
 * @param kind        {@code epub} or {@code kepub}
 * @param fileName    its name in the site folder, which is also its relative link
 * @param bytes       its size
 * @param sha256      its SHA-256, lowercase hex
 * @param url         its absolute address when the site's address is known, else null
 */
public record Download(String kind, String fileName, long bytes, String sha256, String url) {

    /** The link to it from the page: relative, so the site works wherever the folder is put. */
    public String href() {
        return SiteFiles.href(fileName);
    }

    /** The checksum file beside it in the site, in the format {@code sha256sum -c} reads. */
    public String sha256FileName() {
        return fileName + OutputFile.CHECKSUM_SUFFIX;
    }

    /** The link to the checksum file. */
    public String sha256Href() {
        return SiteFiles.href(sha256FileName());
    }

    /**
     * The size in kilobytes (1024 bytes), rounded up: a file is never shown as 0 KB. The page writes it in its language
     * ({@link SiteText#kilobytes(long)}).
     */
    public long kilobytes() {
        return (bytes + 1023) / 1024;
    }

    /** Whether this is the Kobo edition. */
    public boolean kobo() {
        return "kepub".equals(kind);
    }
}
