package dev.steward.ui;

import dev.steward.app.TaskRunner;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * Runs background work as javafx.concurrent.Task on one worker thread (a register is one SQLite
 * connection: work queues rather than competes), and publishes the running task's title and
 * progress for the status bar. Callbacks arrive on the FX thread.
 */
public final class FxTaskRunner implements TaskRunner {
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "steward-worker");
        t.setDaemon(true);
        return t;
    });
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Task<?> current;

    @Override
    public <T> void run(BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateMessage(work.title());
                return work.run(new Progress() {
                    @Override
                    public void update(long done, long total, String text) {
                        updateProgress(done, total);
                        if (text != null) updateMessage(text);
                    }

                    @Override
                    public boolean cancelled() {
                        return isCancelled();
                    }
                });
            }
        };
        task.setOnRunning(e -> show(task));
        task.setOnSucceeded(e -> {
            finish(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finish(task);
            onFailure.accept(task.getException());
        });
        task.setOnCancelled(e -> {
            finish(task);
            onFailure.accept(new java.util.concurrent.CancellationException(work.title() + " was cancelled"));
        });
        worker.execute(task);
    }

    private void show(Task<?> task) {
        current = task;
        busy.set(true);
        progress.bind(task.progressProperty());
        message.bind(task.messageProperty());
    }

    private void finish(Task<?> task) {
        if (current != task) return;
        progress.unbind();
        message.unbind();
        busy.set(false);
        progress.set(0);
        message.set("");
        current = null;
    }

    /** Cancels the running task, if any (the work sees it through {@link Progress#cancelled()}). */
    public void cancelCurrent() {
        if (current != null) current.cancel();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
