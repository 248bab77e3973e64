package dev.steward.app;

import dev.steward.domain.Entity;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * An open register, as the app sees it. The store implements it over SQLite; every write is one
 * transaction that also appends the change-log rows, so the log and the data never disagree.
 */
public interface RegisterPort extends AutoCloseable {

    Path file();

    /** True when another process holds the register: reads work, writes are refused. */
    boolean readOnly();

    <T extends Entity> List<T> all(EntityKind<T> kind);

    <T extends Entity> Optional<T> find(EntityKind<T> kind, String id);

    <T extends Entity> int count(EntityKind<T> kind);

    /**
     * How many entities of a kind have each value at a JSON path such as {@code $.lifecycle}
     * (null values under the key "null"). Counted by the database, without reading the entities.
     */
    <T extends Entity> java.util.Map<String, Integer> countBy(EntityKind<T> kind, String jsonPath);

    /**
     * Every item of a kind as id → one text field ({@code jsonPath}, e.g. {@code $.name}), in id order,
     * without decoding the items: for pickers and lookups over large registers.
     */
    <T extends Entity> java.util.Map<String, String> labels(EntityKind<T> kind, String jsonPath);

    /**
     * Applies the edit's changes and appends one change-log row per change, atomically. Rows of a
     * first application carry CREATE/UPDATE/DELETE; rows of an undo or redo say so.
     */
    void apply(Edit edit, EditOrigin origin, String actor);

    /**
     * Like {@link #apply(Edit, EditOrigin, String)}, and in the same transaction stores each file's content
     * under its SHA-256 (content already stored is kept once). The store re-reads each file and refuses the
     * whole edit when its hash no longer matches.
     */
    default void apply(Edit edit, EditOrigin origin, String actor, java.util.List<FileContent> files) {
        if (!files.isEmpty()) throw new UnsupportedOperationException("this register cannot store files");
        apply(edit, origin, actor);
    }

    /** Writes the stored content with that SHA-256 to {@code target}, checking the hash on the way out. */
    default void copyFileContent(String sha256, Path target) {
        throw new UnsupportedOperationException("this register stores no files");
    }

    ChangeLogPort changeLog();

    /** Copies the register, as it is now, to another file (SQLite's backup API). */
    void saveCopyAs(Path target);

    @Override
    void close();
}
