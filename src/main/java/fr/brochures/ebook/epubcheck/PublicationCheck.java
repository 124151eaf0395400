package fr.brochures.ebook.epubcheck;

import fr.brochures.ebook.epub.Epub3Writer;
import fr.brochures.ebook.model.Manuscript;
import fr.brochures.ebook.model.ManuscriptChapter;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code build --check}: EPUBCheck run on every book a build is about to publish, from its bytes in memory, before
 * anything is put in place. Its fatal errors and errors are build errors, its warnings build warnings, each placed on
 * the chapter's source file when the finding is in a chapter, else on the book.
 */
public final class PublicationCheck {

    private final EpubValidator validator;
    private final BuildReport report;

    public PublicationCheck(BuildReport report) {
        this(new EpubValidator(), report);
    }

    PublicationCheck(EpubValidator validator, BuildReport report) {
        this.validator = validator;
        this.report = report;
    }

    /** Checks the outputs that are EPUB books ({@code kinds}), in order. */
    public void check(List<Output> outputs, List<String> kinds, Manuscript manuscript) {
        for (Output output : outputs) {
            if (kinds.contains(output.kind())) {
                check(output, manuscript);
            }
        }
    }

    private void check(Output output, Manuscript manuscript) {
        String shown = output.main().path().getFileName().toString();
        EpubValidator.ValidationResult result;
        Path temp = null;
        try {
            temp = Files.createTempFile("ebook-builder-check-", ".epub");
            try (OutputStream out = Files.newOutputStream(temp)) {
                output.main().writeTo(out);
            }
            result = validator.validate(temp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (EpubValidator.Unavailable e) {
            report.error(MessageId.CHECK_003, Location.none(), EpubValidator.EPUBCHECK, e.getMessage());
            return;
        } finally {
            deleteQuietly(temp);
        }
        for (EpubValidator.Finding finding : result.details()) {
            if (!finding.counts()) {
                continue;
            }
            Location where = Location.of(sourceOf(finding.path(), manuscript).orElse(shown));
            String place = finding.path() == null ? "" : " (" + finding.path() + (finding.line() > 0 ? ":" + finding.line() : "") + ")";
            if (finding.severity().equals("WARNING")) {
                report.warning(MessageId.CHECK_002, where, shown, finding.code() + place, finding.text());
            } else {
                report.error(MessageId.CHECK_002, where, shown, finding.code() + place, finding.text());
            }
        }
    }

    /** The chapter's source file ({@code book/01-a.xhtml}, {@code book/02-b.md}) for a finding in {@code OEBPS/01-a.xhtml}. */
    private static java.util.Optional<String> sourceOf(String path, Manuscript manuscript) {
        if (path == null || !path.startsWith(Epub3Writer.CONTENT_DIR)) {
            return java.util.Optional.empty();
        }
        String href = path.substring(Epub3Writer.CONTENT_DIR.length());
        return manuscript.chapters().stream().filter(c -> c.href().equals(href)).findFirst().map(ManuscriptChapter::sourceName);
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // a temporary file left in the system's temporary folder: nothing of the book is lost
        }
    }
}
