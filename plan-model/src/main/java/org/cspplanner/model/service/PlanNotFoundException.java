package org.cspplanner.model.service;

/** The plan (or a part of it) named by the user is not in the workspace. */
public final class PlanNotFoundException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PlanNotFoundException(String message) {
        super(message);
    }
}
