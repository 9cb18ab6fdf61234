package org.cspplanner.model.backup;

/** A backup could not be written, or a file cannot be restored (damaged, tampered, not a backup); the message says why. */
public final class BackupException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
