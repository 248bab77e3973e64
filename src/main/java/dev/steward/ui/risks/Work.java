package dev.steward.ui.risks;

import dev.steward.app.TaskRunner;

import java.util.concurrent.Callable;

/** Background work from a title and a body, for the risk screens' loads and saves. */
final class Work {
    private Work() {
    }

    static <T> TaskRunner.BackgroundWork<T> of(String title, Callable<T> body) {
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
