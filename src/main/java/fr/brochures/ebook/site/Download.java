package fr.brochures.ebook.site;

import java.util.Locale;

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
        return fileName + ".sha256";
    }

    /** The link to the checksum file. */
    public String sha256Href() {
        return SiteFiles.href(sha256FileName());
    }

    /** The size in kilo-octets as French readers write it: "1 436 Ko" (rounded up: a file is never shown as 0 Ko). */
    public String sizeText() {
        long kb = (bytes + 1023) / 1024;
        return String.format(Locale.FRANCE, "%,d", kb).replace('\u00A0', '\u202F').replace(' ', '\u202F') + "\u00A0Ko";
    }

    /** Whether this is the Kobo edition. */
    public boolean kobo() {
        return "kepub".equals(kind);
    }
}
