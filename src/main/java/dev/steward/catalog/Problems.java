package dev.steward.catalog;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file; readers skip a file that has any. */
final class Problems {

    private final String file;
    private final List<CatalogProblem> list = new ArrayList<>();

    Problems(String file) {
        this.file = file;
    }

    void add(String pointer, String message) {
        list.add(new CatalogProblem(file, pointer, message));
    }

    boolean isEmpty() {
        return list.isEmpty();
    }

    String file() {
        return file;
    }

    List<CatalogProblem> list() {
        return List.copyOf(list);
    }
}
