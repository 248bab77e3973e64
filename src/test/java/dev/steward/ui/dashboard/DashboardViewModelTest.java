package dev.steward.ui.dashboard;

import dev.steward.app.Actor;
import dev.steward.app.CoverageService;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonControlLibrary;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.Section;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard shows the register summary: each tile's figure and where it leads. */
class DashboardViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void tilesAndBarsComeFromTheSummary() {
        DashboardViewModel vm = new DashboardViewModel(new SameThreadTaskRunner(), CLOCK, coverage(CLOCK));
        assertThat(vm.loadingProperty().get()).as("nothing to show until the first summary").isTrue();
        reloadOnDemo(vm, CLOCK);
        assertThat(vm.loadingProperty().get()).isFalse();
        var summary = vm.summaryProperty().get();
        assertThat(vm.tiles()).extracting(DashboardViewModel.Tile::label).containsExactly("Agents", "Open violations",
                "Risks out of tolerance", "Reviews overdue", "Accountability gaps", "Roadmap", "Open incidents");
        assertThat(vm.tiles().get(0).value()).isEqualTo("12");
        assertThat(vm.tiles().get(1).value()).isEqualTo(Integer.toString(summary.violations().size()));
        assertThat(vm.tiles().get(1).target()).isEqualTo(Section.VIOLATIONS);
        assertThat(vm.tiles().get(6).target()).isEqualTo(Section.INCIDENTS);
        // IN-0001, detected 2026-11-10 and contained, not closed: reported within 15 days
        assertThat(vm.tiles().get(6).detail()).isEqualTo("1 serious · Art. 73 report due 2026-11-25");
        assertThat(vm.tiles().get(2).value()).isEqualTo(Integer.toString(summary.outOfTolerance().size()));
        assertThat(vm.riskBands().stream().mapToInt(DashboardViewModel.Bar::count).sum()).isEqualTo(summary.risks());
        assertThat(vm.coverage()).extracting(DashboardViewModel.Bar::label).containsExactly("NIST AI RMF 1.0", "ISO/IEC 42001", "EU AI Act");
        var nist = summary.coverage().get(0);
        // the demo's NIST mappings: some subset mappings of implemented controls (covered), some overlaps (partial)
        assertThat(nist.covered() + nist.coveredDerived()).isPositive();
        assertThat(vm.coverage().get(0).figure()).isEqualTo((nist.covered() + nist.coveredDerived()) + "% · "
                + (nist.partial() + nist.partialDerived()) + "% partial");
    }

    @Test
    void aMissedArt73DateIsCalledOverdueNotDue() {
        Clock later = Clock.fixed(Instant.parse("2026-11-26T09:00:00Z"), ZoneOffset.UTC);
        DashboardViewModel vm = new DashboardViewModel(new SameThreadTaskRunner(), later, coverage(later));
        reloadOnDemo(vm, later);
        // IN-0001's report was due on 2026-11-25: the day after, the tile says it was missed
        assertThat(vm.tiles().get(6).detail()).isEqualTo("1 serious · Art. 73 report overdue (due 2026-11-25)");
        assertThat(vm.tiles().get(6).alert()).isTrue();
    }

    private CoverageService coverage(Clock clock) {
        var catalogs = new FileCatalogSource(dir.resolve("c"), clock);
        return new CoverageService(catalogs, new JsonControlLibrary(), catalogs, clock);
    }

    /** Writes the demo register as of {@code clock} and has the dashboard summarise it. */
    private void reloadOnDemo(DashboardViewModel vm, Clock clock) {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(clock, "test"), new JsonTemplates(), new Actor("t", null));
        registers.writeDemo(dir.resolve("d.steward"));
        OpenedRegister opened = registers.open(dir.resolve("d.steward"));
        try {
            vm.reload(opened);
        } finally {
            opened.register().close();
        }
    }
}
