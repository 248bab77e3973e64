package dev.steward.ui.risks;

import dev.steward.app.OpenedRegister;
import dev.steward.app.RiskBoard;
import dev.steward.app.RiskService;
import dev.steward.app.TaskRunner;
import dev.steward.ui.DialogService;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.function.Consumer;

/**
 * The risk board shared by the Risks section, the Heat map and Workshop mode: one read of the
 * register after each edit, so the three never disagree. Edits run on the worker; a failed edit
 * reaches the user through the dialog service and leaves the register as it was.
 */
public final class RiskBoardModel {
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final RiskService service;
    private final ReadOnlyObjectWrapper<RiskBoard> board;
    private final ReadOnlyObjectWrapper<OpenedRegister> opened = new ReadOnlyObjectWrapper<>();
    /** Until a newly opened register's risks arrive, the views say they are reading. */
    private final dev.steward.ui.Reading reading = new dev.steward.ui.Reading();

    public RiskBoardModel(TaskRunner tasks, DialogService dialogs, RiskService service) {
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.service = service;
        this.board = new ReadOnlyObjectWrapper<>(RiskBoard.empty(service.today()));
    }

    public void reload(OpenedRegister register) {
        reload(register, null);
    }

    /** Re-reads the board, then runs {@code then} (if any) on success. */
    public void reload(OpenedRegister register, Runnable then) {
        opened.set(register);
        reading.started(register); // re-reads after edits keep showing the board meanwhile
        if (register == null) {
            board.set(RiskBoard.empty(service.today()));
            return;
        }
        tasks.run(Work.of("Reading the risks", () -> service.load(register.register())), b -> {
            board.set(b);
            reading.ended(register);
            if (then != null) then.run();
        }, e -> {
            reading.ended(register);
            dialogs.showError("Cannot read the risks", e.getMessage(), e);
        });
    }

    /** Runs an edit on the worker, then re-reads the board (the window also reloads on the revision bump). */
    public void edit(String failureTitle, Consumer<OpenedRegister> change, Runnable onDone) {
        OpenedRegister o = opened.get();
        if (o == null) return;
        tasks.run(Work.of(failureTitle, () -> {
            change.accept(o);
            return service.load(o.register());
        }), b -> {
            board.set(b);
            if (onDone != null) onDone.run();
        }, e -> dialogs.showError(failureTitle, e.getMessage(), e));
    }

    /**
     * True from a register's opening until its risks are first read (a large register's take
     * seconds): an empty board then is not a fact about the register, and the views say so.
     */
    public javafx.beans.property.ReadOnlyBooleanProperty readingProperty() {
        return reading.property();
    }

    public ReadOnlyObjectProperty<RiskBoard> boardProperty() {
        return board.getReadOnlyProperty();
    }

    public RiskBoard board() {
        return board.get();
    }

    public ReadOnlyObjectProperty<OpenedRegister> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public RiskService service() {
        return service;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    public DialogService dialogs() {
        return dialogs;
    }
}
