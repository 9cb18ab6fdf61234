package org.cspplanner.app.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;
import org.cspplanner.model.ProgressListener;

/** Runs one piece of long work at a time on a background thread, as a JavaFX {@link Task}. */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "csp-planner-work");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    @Override
    public <T> void run(String title, Work<T> work, Consumer<? super T> onDone, Consumer<Throwable> onFailed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(title);
                updateProgress(-1, 1);
                return work.run(new ProgressListener() {
                    @Override
                    public void progress(double fraction, String text) {
                        if (fraction < 0) {
                            updateProgress(-1, 1);
                        } else {
                            updateProgress(Math.min(fraction, 1.0), 1.0);
                        }
                        if (text != null) {
                            updateMessage(text);
                        }
                    }

                    @Override
                    public boolean isCancelled() {
                        return Thread.currentThread().isInterrupted() || isCancelledTask();
                    }
                });
            }

            private boolean isCancelledTask() {
                return isCancelled();
            }
        };
        task.setOnSucceeded(e -> finish(() -> onDone.accept(task.getValue())));
        task.setOnFailed(e -> finish(() -> onFailed.accept(task.getException())));
        task.setOnCancelled(e -> finish(() -> onFailed.accept(new ProgressListener.CancelledException())));
        current = task;
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
        running.set(true);
        executor.submit(task);
    }

    private void finish(Runnable callback) {
        progress.unbind();
        message.unbind();
        running.set(false);
        current = null;
        callback.run();
    }

    @Override
    public void cancel() {
        Task<?> t = current;
        if (t != null) {
            t.cancel(false);
        }
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

    @Override
    public void close() {
        executor.shutdownNow();
        if (!Platform.isFxApplicationThread()) {
            return;
        }
        running.set(false);
    }
}
