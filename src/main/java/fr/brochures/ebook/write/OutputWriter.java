package fr.brochures.ebook.write;

import fr.brochures.ebook.project.IoProblems;
import fr.brochures.ebook.render.Output;
import fr.brochures.ebook.render.OutputFile;
import fr.brochures.ebook.report.BuildFailedException;
import fr.brochures.ebook.report.BuildReport;
import fr.brochures.ebook.report.Location;
import fr.brochures.ebook.report.MessageId;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes every output of a build together: first each file into a temporary file beside its place, and only when all
 * are complete, each moved into place in the outputs' order (a site's page last). A disk that fills or a folder that
 * cannot be written while the temporary files are made leaves every previous output as it was.
 */
public final class OutputWriter {

    private final BuildReport report;
    private final Mover mover;

    public OutputWriter(BuildReport report) {
        this(report, OutputWriter::move);
    }

    /** A writer whose last step, moving a complete temporary file into place, is {@code mover}: for tests. */
    OutputWriter(BuildReport report, Mover mover) {
        this.report = report;
        this.mover = mover;
    }

    /** Moves a complete temporary file into its place. */
    @FunctionalInterface
    interface Mover {
        void move(Path temp, Path target) throws IOException;
    }

    /** A file waiting in its temporary file to be moved into place (no temporary file: to be removed). */
    private record Pending(OutputFile file, Path temp) {
    }

    public void writeAll(List<Output> outputs) {
        List<Pending> pending = new ArrayList<>();
        try {
            for (Output output : outputs) {
                for (OutputFile file : output.files()) {
                    pending.add(new Pending(file, file.isRemoval() ? null : temporary(file)));
                }
            }
        } catch (Failure failure) {
            // the disk filled or a folder refused a file: every temporary file already written goes too
            pending.forEach(OutputWriter::discard);
            throw failed(failure.file, failure.cause);
        } catch (RuntimeException | Error e) {
            pending.forEach(OutputWriter::discard);
            throw e;
        }
        List<Path> placed = new ArrayList<>();
        for (Pending p : pending) {
            try {
                putInPlace(p, mover);
                placed.add(p.file.path());
            } catch (IOException e) {
                pending.forEach(OutputWriter::discard);
                throw placed.isEmpty() ? failed(p.file.path(), e) : failedHalfway(p.file.path(), e, placed);
            }
        }
    }

    /**
     * A file that could not be moved into place once others were (a rename refused by the system, rare once every
     * temporary file is written): the message says which files this build replaced, so that it is true.
     */
    private BuildFailedException failedHalfway(Path file, IOException cause, List<Path> placed) {
        report.error(MessageId.OUT_002, Location.none(), file, IoProblems.describe(cause),
                String.join(", ", placed.stream().map(Path::toString).toList()));
        return new BuildFailedException(report);
    }

    /** Writes the file's bytes into a new temporary file beside its place, readable by all (the book is for sharing). */
    private static Path temporary(OutputFile file) throws Failure {
        Path target = file.path().toAbsolutePath();
        try {
            if (Files.isDirectory(target)) {
                // found now, before anything is replaced, rather than when the file is moved into place
                throw new java.nio.file.FileAlreadyExistsException(target.toString(), null, "a folder is in the way");
            }
            Files.createDirectories(target.getParent());
            Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    file.writeTo(out);
                }
                if (Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
                    Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
                }
                return temp;
            } catch (IOException e) {
                Files.deleteIfExists(temp);
                throw e;
            }
        } catch (IOException e) {
            throw new Failure(file.path(), e);
        }
    }

    private static void putInPlace(Pending pending, Mover mover) throws IOException {
        Path target = pending.file.path();
        if (pending.temp == null) {
            Files.deleteIfExists(target);
            return;
        }
        mover.move(pending.temp, target);
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void discard(Pending pending) {
        try {
            if (pending.temp != null) {
                Files.deleteIfExists(pending.temp);
            }
        } catch (IOException e) {
            // a temporary file left behind is named .<name>.tmp beside its file; the build reports the first failure
        }
    }

    private BuildFailedException failed(Path file, IOException cause) {
        report.error(MessageId.OUT_001, Location.none(), file, IoProblems.describe(cause));
        return new BuildFailedException(report);
    }

    /** A temporary file that could not be written, and which output file it was for. */
    private static final class Failure extends Exception {
        private final transient Path file;
        private final IOException cause;

        Failure(Path file, IOException cause) {
            super(cause);
            this.file = file;
            this.cause = cause;
        }
    }
}
