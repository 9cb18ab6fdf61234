package org.cspplanner.app.cli;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;

/** Turns an exception into the one line a user sees: what went wrong, in words, never a stack trace. */
final class UserErrors {
    private UserErrors() {
    }

    static String message(Throwable e) {
        if (e instanceof NoSuchFileException n) {
            return "No such file: " + n.getFile();
        }
        if (e instanceof AccessDeniedException a) {
            return "Permission denied: " + a.getFile();
        }
        if (e instanceof FileAlreadyExistsException f) {
            return "The file already exists: " + f.getFile();
        }
        String message = e.getMessage();
        if (e instanceof java.io.IOException && message != null
                && (message.contains("No space left on device") || message.contains("not enough space on the disk"))) {
            return "The disk is full: the file could not be written, and any earlier file of that name is unchanged."
                    + " Free some space and try again.";
        }
        if (message == null || message.isBlank()) {
            return "Unexpected problem (" + e.getClass().getSimpleName() + ")";
        }
        return message.lines().findFirst().orElse(message);
    }
}
