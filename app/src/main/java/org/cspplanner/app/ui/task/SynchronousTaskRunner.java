package org.cspplanner.app.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.cspplanner.model.ProgressListener;

/** Runs work at once on the caller's thread: for tests and for view models used without a screen. */
public final class SynchronousTaskRunner implements TaskRunner {

    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile boolean cancelRequested;

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        cancelRequested = false;
        running.set(true);
        message.set(title);
        T result;
        try {
            result = work.run(new ProgressListener() {
                @Override
                public void progress(double fraction, String text) {
                    progress.set(fraction);
                    message.set(text);
                }

                @Override
                public boolean isCancelled() {
                    return cancelRequested;
                }
            });
        } catch (Exception e) {
            running.set(false);
            onFailed.accept(e);
            return;
        }
        running.set(false);
        onDone.accept(result);
    }

    /** Makes the next check of the running work throw; tests call it from inside the work. */
    @Override
    public void cancel() {
        cancelRequested = true;
    }

    @Override
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
