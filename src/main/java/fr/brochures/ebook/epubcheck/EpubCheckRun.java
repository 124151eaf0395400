package fr.brochures.ebook.epubcheck;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that touches EPUBCheck's own classes: loaded when a check first runs, so that an installation
 * without EPUBCheck fails there, where {@link EpubValidator} can say so, and not when the command line starts.
 */
final class EpubCheckRun {

    private EpubCheckRun() {
    }

    /** Runs EPUBCheck on {@code epub} and collects its findings. */
    static EpubValidator.ValidationResult validate(Path epub) {
        CollectingReport report = new CollectingReport(epub.getFileName().toString());
        new EpubCheck(new File(epub.toString()), report).doValidate();
        return new EpubValidator.ValidationResult(report.fatal, report.errors, report.warnings, report.usages,
                List.copyOf(report.findings));
    }

    /** Keeps EPUBCheck's messages instead of printing them. */
    private static final class CollectingReport extends MasterReport {
        private final List<EpubValidator.Finding> findings = new ArrayList<>();
        private int fatal;
        private int errors;
        private int warnings;
        private int usages;

        CollectingReport(String name) {
            setEpubFileName(name);
            setReportingLevel(ReportingLevel.Usage);
        }

        @Override
        public void message(Message message, EPUBLocation location, Object... args) {
            Severity severity = message.getSeverity();
            switch (severity) {
                case FATAL -> fatal++;
                case ERROR -> errors++;
                case WARNING -> warnings++;
                case USAGE -> usages++;
                default -> {
                    return;
                }
            }
            findings.add(new EpubValidator.Finding(severity.toString(), message.getID().toString(),
                    location == null ? null : location.getPath(), location == null ? 0 : location.getLine(),
                    location == null ? 0 : location.getColumn(), message.getMessage(args)));
        }

        @Override
        public void info(String resource, FeatureEnum feature, String value) {
            // features (has audio, scripted…) are not problems
        }

        @Override
        public int generate() {
            return 0;
        }

        @Override
        public void initialize() {
            // nothing to set up
        }
    }
}
