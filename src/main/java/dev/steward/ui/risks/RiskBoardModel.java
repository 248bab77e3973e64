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
        if (register == null) {
            board.set(RiskBoard.empty(service.today()));
            return;
        }
        tasks.run(Work.of("Reading the risks", () -> service.load(register.register())), b -> {
            board.set(b);
            if (then != null) then.run();
        }, e -> dialogs.showError("Cannot read the risks", e.getMessage(), e));
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
