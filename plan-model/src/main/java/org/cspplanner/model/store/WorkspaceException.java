package org.cspplanner.model.store;

/** The workspace could not be opened; the message says why in words a user can act on. */
public final class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
