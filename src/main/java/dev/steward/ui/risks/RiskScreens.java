package dev.steward.ui.risks;

import dev.steward.app.OpenedRegister;
import dev.steward.app.RiskPorts;
import dev.steward.app.RiskService;
import dev.steward.app.SuggestionService;
import dev.steward.app.TaskRunner;
import dev.steward.app.WorkshopService;
import dev.steward.ui.DialogService;
import dev.steward.ui.heatmap.HeatMapView;
import dev.steward.ui.heatmap.HeatMapViewModel;
import dev.steward.ui.workshop.WorkshopStage;
import dev.steward.ui.workshop.WorkshopViewModel;
import javafx.scene.Node;
import javafx.stage.Window;

import java.util.function.Supplier;

/**
 * The risk feature's view models, built once per window: the Risks section, the Heat map section
 * and Workshop mode share one risk board, so they always show the same register.
 */
public final class RiskScreens {
    private final RiskBoardModel board;
    private final RisksViewModel risks;
    private final SuggestionsViewModel suggestions;
    private final TaxonomyViewModel taxonomy;
    private final MatrixViewModel matrix;
    private final HeatMapViewModel heatMap;
    private final WorkshopViewModel workshop;
    private final Supplier<Window> window;
    private boolean workshopShown;

    public RiskScreens(TaskRunner tasks, DialogService dialogs, RiskPorts ports, Supplier<Window> window) {
        this.window = window;
        board = new RiskBoardModel(tasks, dialogs, new RiskService(ports.clock()));
        risks = new RisksViewModel(board, ports.threats());
        suggestions = new SuggestionsViewModel(board, new SuggestionService(ports.library(), ports.clock()));
        taxonomy = new TaxonomyViewModel(board);
        matrix = new MatrixViewModel(board);
        heatMap = new HeatMapViewModel(board);
        workshop = new WorkshopViewModel(board, new WorkshopService(ports.clock()));
    }

    public void reload(OpenedRegister opened) {
        // -Dsteward.workshop=true opens workshop mode once the register is read (demos, screenshots)
        boolean startWorkshop = opened != null && Boolean.getBoolean("steward.workshop") && !workshopShown;
        workshopShown |= startWorkshop;
        board.reload(opened, startWorkshop ? () -> openWorkshop(opened) : null);
    }

    public Node risksView() {
        return new RisksView(risks, suggestions, taxonomy, matrix, () -> openWorkshop(board.openedProperty().get()));
    }

    public Node heatMapView() {
        return new HeatMapView(heatMap);
    }

    /** F11 or the Risks section's button: the committee's full-screen scoring mode. */
    public void openWorkshop(OpenedRegister opened) {
        if (opened == null) return;
        Runnable show = () -> WorkshopStage.open(window.get(), workshop, !Boolean.getBoolean("steward.workshop.windowed"));
        if (board.openedProperty().get() == opened) show.run();
        else board.reload(opened, show); // F11 before the risk screens were ever shown
    }

    public RisksViewModel risks() { return risks; }
    public HeatMapViewModel heatMap() { return heatMap; }
    public WorkshopViewModel workshop() { return workshop; }
}
