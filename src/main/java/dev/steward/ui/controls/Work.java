package dev.steward.ui.controls;

import dev.steward.app.TaskRunner;
import dev.steward.ui.DialogService;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Runs a piece of work through the TaskRunner and reports a failure through the dialogs, in one line. */
public final class Work {
    private final TaskRunner tasks;
    private final DialogService dialogs;

    public Work(TaskRunner tasks, DialogService dialogs) {
        this.tasks = tasks;
        this.dialogs = dialogs;
    }

    public <T> void run(String title, Callable<T> body, Consumer<T> done, String failure) {
        run(title, body, done, failure, () -> { });
    }

    /** As above; {@code ended} runs after either outcome (after {@code done}, or before the error is shown). */
    public <T> void run(String title, Callable<T> body, Consumer<T> done, String failure, Runnable ended) {
        tasks.run(new TaskRunner.BackgroundWork<T>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(TaskRunner.Progress progress) throws Exception {
                return body.call();
            }
        }, v -> {
            done.accept(v);
            ended.run();
        }, e -> {
            ended.run();
            dialogs.showError(failure, String.valueOf(e.getMessage()), e);
        });
    }

    public void run(String title, Runnable body, String failure) {
        run(title, () -> {
            body.run();
            return Boolean.TRUE;
        }, ok -> { }, failure);
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
