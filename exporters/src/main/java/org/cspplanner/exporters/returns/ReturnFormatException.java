package org.cspplanner.exporters.returns;

/** A file that cannot be read as a return, with a message a coordinator can act on. */
public final class ReturnFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ReturnFormatException(String message) {
        super(message);
    }

    public ReturnFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
