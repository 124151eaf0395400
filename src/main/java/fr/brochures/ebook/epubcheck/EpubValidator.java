package fr.brochures.ebook.epubcheck;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs W3C EPUBCheck on an EPUB file and collects its findings with their severity and place. */
public final class EpubValidator {

    /** Validates {@code epub}; the result lists every fatal error, error, warning and usage note. */
    public ValidationResult validate(Path epub) {
        CollectingReport report = new CollectingReport(epub.getFileName().toString());
        new EpubCheck(new File(epub.toString()), report).doValidate();
        return new ValidationResult(report.fatal, report.errors, report.warnings, report.usages, List.copyOf(report.findings));
    }

    /** EPUBCheck's counts and messages for one file. */
    public record ValidationResult(int fatal, int errors, int warnings, int usages, List<String> findings) {

        /** True when EPUBCheck found no fatal error, error or warning. */
        public boolean clean() {
            return fatal == 0 && errors == 0 && warnings == 0;
        }

        /** The one-line summary: {@code epubcheck: 0 fatal, 0 error, 0 warning, 2 usage}. */
        public String summary() {
            return "epubcheck: " + fatal + " fatal, " + errors + " error, " + warnings + " warning, " + usages + " usage";
        }
    }

    /** Keeps EPUBCheck's messages instead of printing them. */
    private static final class CollectingReport extends MasterReport {
        private final List<String> findings = new ArrayList<>();
        private int fatal;
        private int errors;
        private int warnings;
        private int usages;

        CollectingReport(String name) {
            setEpubFileName(name);
            setReportingLevel(com.adobe.epubcheck.util.ReportingLevel.Usage);
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
            String where = location == null ? "" : location.getPath() + (location.getLine() > 0 ? ":" + location.getLine() + ":" + location.getColumn() : "");
            findings.add(severity + " " + message.getID() + " " + where + ": " + message.getMessage(args));
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
