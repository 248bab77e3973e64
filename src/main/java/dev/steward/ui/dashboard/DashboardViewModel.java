package dev.steward.ui.dashboard;

import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterPort;
import dev.steward.app.TaskRunner;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Sanction;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/**
 * The register at a glance: how many of each thing it holds. Counting happens on the worker;
 * the tiles are replaced in one go when it is done. (The KPI dashboard of the audit-pack work
 * builds on this.)
 */
public final class DashboardViewModel {

    /** One tile: a number, what it counts, and a line of detail. */
    public record Tile(String label, String value, String detail) {
    }

    private final TaskRunner tasks;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();

    public DashboardViewModel(TaskRunner tasks) {
        this.tasks = tasks;
    }

    public void reload(OpenedRegister opened) {
        if (opened == null) {
            tiles.clear();
            return;
        }
        tasks.run(new TaskRunner.BackgroundWork<List<Tile>>() {
            @Override
            public String title() {
                return "Counting the register";
            }

            @Override
            public List<Tile> run(TaskRunner.Progress progress) {
                return count(opened.register());
            }
        }, tiles::setAll, e -> tiles.setAll(new Tile("Error", "!", e.getMessage())));
    }

    static List<Tile> count(RegisterPort r) {
        var lifecycles = r.countBy(EntityKinds.AGENT, "$.lifecycle");
        int agents = lifecycles.values().stream().mapToInt(Integer::intValue).sum();
        int live = lifecycles.getOrDefault(Lifecycle.PILOT.name(), 0) + lifecycles.getOrDefault(Lifecycle.PRODUCTION.name(), 0);
        int shadow = r.countBy(EntityKinds.AGENT, "$.provenance.sanction").getOrDefault(Sanction.SHADOW.name(), 0);
        return List.of(
                new Tile("Agents", Integer.toString(agents), live + " in pilot or production · " + shadow + " shadow"),
                new Tile("Risks", Integer.toString(r.count(EntityKinds.RISK)), "in " + r.count(EntityKinds.CATEGORY) + " categories"),
                new Tile("Controls", Integer.toString(r.count(EntityKinds.CONTROL)), r.count(EntityKinds.MAPPING) + " framework mappings"),
                new Tile("People", Integer.toString(r.count(EntityKinds.PERSON)), "owners, approvers and the committee"),
                new Tile("Roadmap tasks", Integer.toString(r.count(EntityKinds.TASK)), "90-day governance programme"),
                new Tile("Incidents", Integer.toString(r.count(EntityKinds.INCIDENT)), r.count(EntityKinds.APPROVAL) + " approvals recorded"));
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }
}
