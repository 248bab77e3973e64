package dev.steward.ui.dashboard;

import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.pack.RegisterSnapshot;
import dev.steward.app.pack.RegisterSummary;
import dev.steward.app.pack.SummaryCalculator;
import dev.steward.ui.Section;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The dashboard: the register's {@link RegisterSummary} (the same one the workbook and the PDF
 * print) as tiles, each leading to the section behind it, plus risk bands and roadmap progress.
 */
public final class DashboardViewModel {

    /** One tile: a number, what it counts, a line of detail, whether it needs attention, and where it leads. */
    public record Tile(String label, String value, String detail, boolean alert, Section target) {
    }

    /** A labelled share for a bar: {@code count} of {@code total}, with an optional note after the figure. */
    public record Bar(String label, int count, int total, boolean percent, String note) {
        public Bar(String label, int count, int total) {
            this(label, count, total, false, "");
        }

        public double share() {
            return total == 0 ? 0 : (double) count / total;
        }

        /** "3 of 8", or "42%" for a percentage, then the note: "4% · 7% partial". */
        public String figure() {
            return (percent ? count + "%" : dev.steward.ui.Counts.of(count) + " of " + dev.steward.ui.Counts.of(total)) + (note == null || note.isEmpty() ? "" : " · " + note);
        }
    }

    private final TaskRunner tasks;
    private final Clock clock;
    private final ObservableList<Tile> tiles = FXCollections.observableArrayList();
    private final ObservableList<Bar> riskBands = FXCollections.observableArrayList();
    private final ObservableList<Bar> roadmap = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RegisterSummary> summary = new ReadOnlyObjectWrapper<>();
    /** True from construction until the first summary (or error) arrives, and during every reload. */
    private final javafx.beans.property.ReadOnlyBooleanWrapper loading = new javafx.beans.property.ReadOnlyBooleanWrapper(true);

    private final dev.steward.app.CoverageService coverage;
    private final ObservableList<Bar> coverageBars = FXCollections.observableArrayList();

    /** @param coverage the Coverage section's service (null: no coverage bars) */
    public DashboardViewModel(TaskRunner tasks, Clock clock, dev.steward.app.CoverageService coverage) {
        this.tasks = tasks;
        this.clock = clock;
        this.coverage = coverage;
    }

    public void reload(OpenedRegister opened) {
        if (opened == null) {
            tiles.clear();
            loading.set(false);
            return;
        }
        loading.set(true);
        tasks.run(new TaskRunner.BackgroundWork<RegisterSummary>() {
            @Override
            public String title() {
                return "Summarising the register";
            }

            @Override
            public RegisterSummary run(TaskRunner.Progress progress) {
                return SummaryCalculator.summarise(RegisterSnapshot.read(opened.register()),
                        coverage == null ? null : coverage.snapshot(opened.register()), LocalDate.now(clock), clock.getZone());
            }
        }, this::show, e -> {
            loading.set(false);
            tiles.setAll(new Tile("Error", "!", e.getMessage(), true, Section.DASHBOARD));
        });
    }

    void show(RegisterSummary s) {
        loading.set(false);
        summary.set(s);
        int live = s.agentsByLifecycle().getOrDefault("PILOT", 0) + s.agentsByLifecycle().getOrDefault("PRODUCTION", 0);
        int critical = s.violationsBySeverity().getOrDefault("CRITICAL", 0);
        int serious = (int) s.openIncidents().stream().filter(RegisterSummary.IncidentLine::serious).count();
        List<Tile> t = new ArrayList<>();
        t.add(new Tile("Agents", count(s.agents()), count(live) + " in pilot or production · " + count(s.shadowAgents()) + " shadow",
                s.shadowAgents() > 0, Section.AGENTS));
        t.add(new Tile("Open violations", count(s.violations().size()), count(critical) + " critical",
                critical > 0, Section.VIOLATIONS));
        t.add(new Tile("Risks out of tolerance", count(s.outOfTolerance().size()), "of " + count(s.risks()) + " risks",
                !s.outOfTolerance().isEmpty(), Section.HEAT_MAP));
        t.add(new Tile("Reviews overdue", count(s.overdueReviews().size()), "agents past their review date",
                !s.overdueReviews().isEmpty(), Section.AGENTS));
        t.add(new Tile("Accountability gaps", count(s.accountabilityGaps().size()),
                "agents with an accountable role unfilled", !s.accountabilityGaps().isEmpty(),
                Section.PEOPLE));
        t.add(new Tile("Roadmap", s.roadmap().percentDone() + "%", s.roadmap().done() + " of " + s.roadmap().total()
                + " done · " + s.roadmap().late() + " late", s.roadmap().late() > 0, Section.ROADMAP));
        // The earliest Art. 73 reporting date of the open serious incidents: the committee's next deadline,
        // or the one it has already missed.
        String nextReport = s.openIncidents().stream().filter(RegisterSummary.IncidentLine::serious)
                .filter(i -> i.reportingDeadline() != null && !i.reportingDeadline().isEmpty())
                .min(java.util.Comparator.comparing(RegisterSummary.IncidentLine::reportingDeadline))
                .map(i -> i.reportOverdue() ? " · Art. 73 report overdue (due " + i.reportingDeadline() + ")"
                        : " · Art. 73 report due " + i.reportingDeadline()).orElse("");
        t.add(new Tile("Open incidents", count(s.openIncidents().size()),
                serious + " serious" + (nextReport.isEmpty() ? " (EU AI Act Art. 73)" : nextReport), serious > 0, Section.INCIDENTS));
        tiles.setAll(t);
        riskBands.setAll(bars(s.risksByBand(), s.risks()));
        List<Bar> phases = new ArrayList<>();
        phases.add(new Bar("Overall", s.roadmap().done(), s.roadmap().total()));
        s.roadmap().phases().forEach(p -> phases.add(new Bar(p.phase(), p.done(), p.total())));
        roadmap.setAll(phases);
        coverageBars.setAll(s.coverage().stream()
                .map(l -> new Bar(dev.steward.app.pack.FrameworkNames.shortName(l.frameworkId(), l.framework()),
                        l.covered() + l.coveredDerived(), 100, true,
                        l.partial() + l.partialDerived() == 0 ? "" : l.partial() + l.partialDerived() + "% partial")).toList());
    }

    /** Per framework: the percentage covered (directly or through a crosswalk), as a share of 100. */
    public ObservableList<Bar> coverage() {
        return coverageBars;
    }

    private static List<Bar> bars(Map<String, Integer> counts, int total) {
        return counts.entrySet().stream().map(e -> new Bar(e.getKey(), e.getValue(), total)).toList();
    }

    public ObservableList<Tile> tiles() {
        return tiles;
    }

    public ObservableList<Bar> riskBands() {
        return riskBands;
    }

    public ObservableList<Bar> roadmap() {
        return roadmap;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RegisterSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    private static String count(int n) {
        return dev.steward.ui.Counts.of(n);
    }
}
