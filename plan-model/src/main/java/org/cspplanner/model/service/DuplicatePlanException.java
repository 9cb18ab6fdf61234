package org.cspplanner.model.service;

/** A plan with the same id is already in the workspace; nothing was written. */
public final class DuplicatePlanException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DuplicatePlanException(String message) {
        super(message);
    }
}
