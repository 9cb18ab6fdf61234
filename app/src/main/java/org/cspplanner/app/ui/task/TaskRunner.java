package org.cspplanner.app.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import org.cspplanner.model.ProgressListener;

/**
 * Runs long work (import, export, reports) away from the screen's thread, with progress and cancel.
 * The work sees only a plain {@link ProgressListener}; results and failures come back on the UI thread.
 */
public interface TaskRunner {

    /** A piece of long work; it reports progress and checks for cancellation through the listener. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressListener progress) throws Exception;
    }

    /**
     * Starts the work. {@code onDone} gets the result; {@code onFailed} gets the error, or a
     * {@link ProgressListener.CancelledException} when the user cancelled.
     */
    <T> void run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed);

    /** Asks the running work to stop. */
    void cancel();

    ReadOnlyBooleanProperty runningProperty();

    /** 0 to 1, or negative when the work cannot tell. */
    ReadOnlyDoubleProperty progressProperty();

    ReadOnlyStringProperty messageProperty();
}
