package org.cspplanner.model.store;

/** Reading or saving failed; nothing of the failed unit of work was written. */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
