package org.cspplanner.model.json;

/** A plan file that is not valid JSON or not a valid csp-plan document; the message says where. */
public final class JsonFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public JsonFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
