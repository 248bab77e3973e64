package dev.steward.app;

import java.util.List;

/** An import or export refused, with every problem found; nothing was written. */
public final class CatalogImportException extends RuntimeException {

    private final transient List<CatalogIssue> problems;

    public CatalogImportException(String message, List<CatalogIssue> problems) {
        super(message + (problems.isEmpty() ? "" : ":\n" + String.join("\n", problems.stream().map(String::valueOf).toList())));
        this.problems = List.copyOf(problems);
    }

    public List<CatalogIssue> problems() {
        return problems;
    }
}
