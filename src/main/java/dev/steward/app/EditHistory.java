package dev.steward.app;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undoable command history of one open register. Every edit goes through {@link #perform};
 * undo and redo are edits too, so the change log records them. Listeners hear about every change
 * so a UI can enable its Undo/Redo items without polling.
 */
public final class EditHistory {

    private final RegisterPort register;
    private final Actor actor;
    private final int limit;
    private final Deque<Edit> undo = new ArrayDeque<>();
    private final Deque<Edit> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EditHistory(RegisterPort register, Actor actor, int limit) {
        this.register = register;
        this.actor = actor;
        this.limit = limit;
    }

    public synchronized void perform(Edit edit) {
        perform(edit, List.of());
    }

    /**
     * An edit that also stores file contents (evidence) in its transaction. Undo and redo replay only the
     * entity changes: stored content is addressed by its hash and harmless when nothing refers to it.
     */
    public synchronized void perform(Edit edit, List<FileContent> files) {
        ensureWritable();
        register.apply(edit, EditOrigin.DO, actor.describe(), files);
        undo.push(edit);
        if (undo.size() > limit) undo.removeLast();
        redo.clear();
        fire();
    }

    public synchronized Optional<Edit> undo() {
        if (undo.isEmpty()) return Optional.empty();
        ensureWritable();
        Edit edit = undo.peek();
        register.apply(edit.inverse(), EditOrigin.UNDO, actor.describe());
        redo.push(undo.pop());
        fire();
        return Optional.of(edit);
    }

    public synchronized Optional<Edit> redo() {
        if (redo.isEmpty()) return Optional.empty();
        ensureWritable();
        Edit edit = redo.peek();
        register.apply(edit, EditOrigin.REDO, actor.describe());
        undo.push(redo.pop());
        fire();
        return Optional.of(edit);
    }

    public synchronized boolean canUndo() {
        return !undo.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redo.isEmpty();
    }

    public synchronized Optional<String> nextUndoDescription() {
        return Optional.ofNullable(undo.peek()).map(Edit::description);
    }

    public synchronized Optional<String> nextRedoDescription() {
        return Optional.ofNullable(redo.peek()).map(Edit::description);
    }

    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    private void ensureWritable() {
        if (register.readOnly()) {
            throw new ReadOnlyRegisterException(register.file());
        }
    }

    private void fire() {
        listeners.forEach(Runnable::run);
    }
}
