package org.cspplanner.model;

/**
 * How long work (import, export, reports) tells its caller how far it has got, and learns that it
 * should stop. A plain callback, so that the model and exporters need no UI toolkit.
 */
public interface ProgressListener {

    /** Ignores progress and never cancels. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** @param fraction 0.0 to 1.0, or a negative number when unknown */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the caller has asked to stop. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** Thrown out of long work when the user cancels it; nothing it was doing has been written. */
    final class CancelledException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public CancelledException() {
            super("Cancelled");
        }
    }
}
