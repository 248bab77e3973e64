package dev.steward.ui.agents;

import dev.steward.app.TaskRunner;

import java.util.concurrent.Callable;

/** Background work from a title and a body, for the TaskRunner. */
public final class Work {
    private Work() {
    }

    public static <T> TaskRunner.BackgroundWork<T> of(String title, Callable<T> body) {
        return new TaskRunner.BackgroundWork<>() {
            @Override
            public String title() {
                return title;
            }

            @Override
            public T run(TaskRunner.Progress progress) throws Exception {
                return body.call();
            }
        };
    }
}
