package fr.brochures.ebook.project;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in plain words why a file could not be read or written, without Java class names. */
public final class IoProblems {

    private IoProblems() {
    }

    /** E.g. "permission denied", "no such file", or the system's own reason. */
    public static String describe(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof NotDirectoryException) {
            return "not a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().strip();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? "input/output error" : message.strip();
    }
}
