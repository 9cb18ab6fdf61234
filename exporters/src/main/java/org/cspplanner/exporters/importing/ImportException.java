package org.cspplanner.exporters.importing;

/**
 * A file could not be imported, with a message a person can act on ("The workbook is password-protected ...").
 * Nothing has been written when this is thrown.
 */
public final class ImportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
