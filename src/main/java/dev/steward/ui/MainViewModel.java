package dev.steward.ui;

import dev.steward.app.ChainVerdict;
import dev.steward.app.EditHistory;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RecentFiles;
import dev.steward.app.RegisterService;
import dev.steward.app.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The open register and everything the window frame shows about it: title, change-log state,
 * undo/redo availability, recent files. File commands run through the TaskRunner; the view only
 * binds to these properties and forwards the user's choices.
 */
public final class MainViewModel {
    private final RegisterService registers;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RecentFiles recent;
    /** Hands history callbacks (fired on the worker) back to the UI thread; identity in tests. */
    private final Consumer<Runnable> uiThread;

    private final ReadOnlyObjectWrapper<OpenedRegister> register = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Steward");
    private final ReadOnlyStringWrapper chainStatus = new ReadOnlyStringWrapper("No register open");
    private final ReadOnlyBooleanWrapper chainBroken = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper chainChecking = new ReadOnlyBooleanWrapper(false);
    /** Set once the window has drawn its first frame (see {@link #windowShown}). */
    private boolean windowShown;
    /** A register opened before that, whose change log is checked once the window is shown. */
    private OpenedRegister awaitingCheck;
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper("Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper("Redo");
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper(0);
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(initialSection());
    private final ObservableList<Path> recentFiles = FXCollections.observableArrayList();

    /** The time an on-demand check of the change log is said to have run ("verified at 14:05"). */
    private final java.time.Clock clock;

    public MainViewModel(RegisterService registers, TaskRunner tasks, DialogService dialogs, RecentFiles recent,
                         Consumer<Runnable> uiThread) {
        this(registers, tasks, dialogs, recent, uiThread, java.time.Clock.systemDefaultZone());
    }

    public MainViewModel(RegisterService registers, TaskRunner tasks, DialogService dialogs, RecentFiles recent,
                         Consumer<Runnable> uiThread, java.time.Clock clock) {
        this.clock = clock;
        this.registers = registers;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.recent = recent;
        this.uiThread = uiThread;
        recentFiles.setAll(recent.list());
    }

    /** -Dsteward.section=NAME opens on that section (screenshots, demos); else the dashboard. */
    private static Section initialSection() {
        try {
            return Section.valueOf(System.getProperty("steward.section", "DASHBOARD").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return Section.DASHBOARD;
        }
    }

    /** Opens {@code file} in the background; on success it replaces the open register. */
    public void open(Path file) {
        tasks.run(work("Opening " + file.getFileName(), () -> registers.open(file)), this::show,
                e -> dialogs.showError("Cannot open the register", e.getMessage(), e));
    }

    public void openChosen() {
        dialogs.chooseRegisterToOpen().ifPresent(this::open);
    }

    public void newRegister() {
        dialogs.chooseRegisterToSave("register.steward").ifPresent(file ->
                tasks.run(work("Creating " + file.getFileName(), () -> registers.createEmpty(file)), this::show,
                        e -> dialogs.showError("Cannot create the register", e.getMessage(), e)));
    }

    /** Save As: copies the register (SQLite backup) and continues in the copy, as documents do. */
    public void saveAs() {
        OpenedRegister current = register.get();
        if (current == null) return;
        String suggested = current.register().file().getFileName().toString().replace(".steward", "") + "-copy.steward";
        dialogs.chooseRegisterToSave(suggested).ifPresent(target -> {
            if (target.toAbsolutePath().equals(current.register().file().toAbsolutePath())) return;
            tasks.run(work("Saving a copy as " + target.getFileName(), () -> {
                current.register().saveCopyAs(target);
                return registers.open(target);
            }), this::show, e -> dialogs.showError("Cannot save the register", e.getMessage(), e));
        });
    }

    public void undo() {
        OpenedRegister current = register.get();
        if (current == null || !current.history().canUndo()) return;
        tasks.run(work("Undoing", () -> current.history().undo()), r -> { },
                e -> dialogs.showError("Cannot undo", e.getMessage(), e));
    }

    public void redo() {
        OpenedRegister current = register.get();
        if (current == null || !current.history().canRedo()) return;
        tasks.run(work("Redoing", () -> current.history().redo()), r -> { },
                e -> dialogs.showError("Cannot redo", e.getMessage(), e));
    }

    /** Makes {@code opened} the open register, closing the previous one. */
    public void show(OpenedRegister opened) {
        OpenedRegister previous = register.get();
        register.set(opened);
        if (previous != null && previous != opened) previous.register().close();
        Path file = opened.register().file();
        recent.remember(file);
        recentFiles.setAll(recent.list());
        readOnly.set(opened.register().readOnly());
        title.set(file.getFileName() + (readOnly.get() ? " (read-only)" : "") + " — Steward");
        checkOnOpening(opened);
        EditHistory history = opened.history();
        history.addListener(() -> uiThread.accept(() -> historyChanged(opened)));
        historyChanged(opened);
        if (readOnly.get()) {
            dialogs.showWarning("Opened read-only", file.getFileName() + " is open in another Steward window or "
                    + "process. You can read it here; to edit it, close it there and open it again.");
        }
    }

    /**
     * Every register shown is checked: in the background like any other work, so that a large
     * register (its chain takes seconds to hash) is not held back from the screen by it, and the
     * status bar says so meanwhile. A register opened before the window is drawn waits for that, as
     * the check would compete with the first frame for a small machine's CPU.
     */
    private void checkOnOpening(OpenedRegister opened) {
        chainBroken.set(false);
        chainChecking.set(true);
        chainStatus.set("Checking the change log…");
        if (!windowShown) {
            awaitingCheck = opened;
            return;
        }
        awaitingCheck = null;
        Path file = opened.register().file();
        tasks.run(work("Checking the change log of " + file.getFileName(), () -> opened.register().changeLog().verify()),
                verdict -> {
                    if (register.get() != opened) return; // another register replaced it meanwhile
                    showVerdict(verdict, "on opening");
                    if (!verdict.intact()) {
                        dialogs.showWarning("The change log does not verify", file.getFileName() + ": " + verdict.describe()
                                + ". Someone changed the register outside Steward. Keep the file as evidence and investigate.");
                    }
                },
                e -> {
                    if (register.get() != opened) return;
                    chainChecking.set(false);
                    chainStatus.set("Change log not checked");
                    dialogs.showError("Cannot check the change log", file.getFileName() + ": " + e.getMessage(), e);
                });
    }

    /** The window calls this once its first frame is on screen: a check waiting for it starts. */
    public void windowShown() {
        windowShown = true;
        if (awaitingCheck != null && awaitingCheck == register.get()) checkOnOpening(awaitingCheck);
    }

    private void historyChanged(OpenedRegister opened) {
        if (register.get() != opened) return;
        EditHistory h = opened.history();
        canUndo.set(h.canUndo());
        canRedo.set(h.canRedo());
        undoText.set(h.nextUndoDescription().map(d -> "Undo " + d).orElse("Undo"));
        redoText.set(h.nextRedoDescription().map(d -> "Redo " + d).orElse("Redo"));
        revision.set(revision.get() + 1);
    }

    /** The verdict and when it was reached: edits made since extend the chain but are not re-checked until asked. */
    private void showVerdict(ChainVerdict verdict, String when) {
        chainChecking.set(false);
        chainBroken.set(!verdict.intact());
        chainStatus.set(verdict.intact() ? "Change log verified " + when + " · " + Counts.of(verdict.rows()) + " entries"
                : "Change log BROKEN at entry " + verdict.firstBadSeq());
    }

    /** Re-checks the chain (after edits the head moves; a check on demand shows it still holds). */
    public void verifyChain() {
        OpenedRegister current = register.get();
        if (current == null) return;
        tasks.run(work("Verifying the change log", () -> current.register().changeLog().verify()),
                v -> {
                    if (register.get() == current) {
                        showVerdict(v, "at " + java.time.LocalTime.now(clock).truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
                    }
                },
                e -> dialogs.showError("Cannot verify the change log", e.getMessage(), e));
    }

    private static <T> TaskRunner.BackgroundWork<T> work(String title, java.util.concurrent.Callable<T> body) {
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

    public ReadOnlyObjectProperty<OpenedRegister> registerProperty() { return register.getReadOnlyProperty(); }
    public ReadOnlyStringProperty titleProperty() { return title.getReadOnlyProperty(); }
    public ReadOnlyStringProperty chainStatusProperty() { return chainStatus.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty chainBrokenProperty() { return chainBroken.getReadOnlyProperty(); }
    /** True while the open register's change log is being checked on opening. */
    public ReadOnlyBooleanProperty chainCheckingProperty() { return chainChecking.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty readOnlyProperty() { return readOnly.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
    public ReadOnlyStringProperty undoTextProperty() { return undoText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty redoTextProperty() { return redoText.getReadOnlyProperty(); }
    /** Increases after every edit, undo or redo, and on open: sections reload when it moves. */
    public ReadOnlyLongProperty revisionProperty() { return revision.getReadOnlyProperty(); }
    public ObjectProperty<Section> sectionProperty() { return section; }
    public ObservableList<Path> recentFiles() { return recentFiles; }
    public TaskRunner tasks() { return tasks; }
    /** Who the change log will name for edits made now ("os-user (member)"). */
    public String actorDescription() { return registers.actor().describe(); }
    public RegisterService registers() { return registers; }
    public DialogService dialogs() { return dialogs; }
}
