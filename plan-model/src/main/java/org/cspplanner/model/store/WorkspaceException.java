package org.cspplanner.model.store;

/** The workspace could not be opened; the message says why in words a user can act on. */
public final class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why, for callers that act on it (asking for a password again) rather than only showing the message. */
    public enum Reason {
        /** The workspace is protected by a password and none was given. */
        PASSWORD_NEEDED,
        /** The password given was wrong. */
        WRONG_PASSWORD,
        /** Anything else: already open, disk full, not protected, and so on. */
        OTHER
    }

    private final Reason reason;

    public WorkspaceException(String message, Throwable cause) {
        this(Reason.OTHER, message, cause);
    }

    public WorkspaceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
