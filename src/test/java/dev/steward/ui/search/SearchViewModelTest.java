package dev.steward.ui.search;

import dev.steward.app.DemoRegisters;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterSearch;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.domain.Incident;
import dev.steward.domain.IncidentStatus;
import dev.steward.domain.Severity;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The search box's results, status line and re-indexing after an edit. */
class SearchViewModelTest {
    @TempDir
    Path dir;
    OpenedRegister demo;
    final List<RegisterSearch.Hit> revealed = new ArrayList<>();
    SearchViewModel vm;

    @BeforeEach
    void setUp() {
        demo = DemoRegisters.demo(dir);
        vm = new SearchViewModel(new SameThreadTaskRunner(), new FileCatalogSource(dir.resolve("none"), DemoRegisters.CLOCK),
                revealed::add);
        vm.registerChanged(demo);
    }

    @AfterEach
    void tearDown() {
        demo.register().close();
    }

    @Test
    void resultsFollowTheQueryAndChoosingRevealsTheHit() {
        vm.prepare();
        assertThat(vm.statusProperty().get()).startsWith("Type an id or words");
        vm.queryProperty().set("release pilot");
        assertThat(vm.results()).extracting(RegisterSearch.Hit::id).contains("AG-0002", "IN-0002");
        assertThat(vm.statusProperty().get()).endsWith("matches");
        vm.queryProperty().set("no such thing");
        assertThat(vm.results()).isEmpty();
        assertThat(vm.statusProperty().get()).isEqualTo("Nothing matches “no such thing”.");
        vm.queryProperty().set("c-0004");
        vm.choose(vm.results().get(0));
        assertThat(revealed).extracting(RegisterSearch.Hit::id).containsExactly("C-0004");
        assertThat(vm.queryProperty().get()).isEmpty();
    }

    @Test
    void anEditIsFoundOnceTheSearchIsOpenedAgain() {
        vm.prepare();
        vm.queryProperty().set("drone");
        assertThat(vm.results()).isEmpty();
        demo.history().perform(dev.steward.app.Edit.of("Record incident", dev.steward.app.EntityChange.create(EntityKinds.INCIDENT,
                new Incident("IN-0003", "Delivery drone agent booked flights", List.of(), Instant.parse("2026-11-20T10:00:00Z"),
                        Severity.LOW, null, List.of(), IncidentStatus.OPEN, null, List.of(), List.of(), null, false))));
        vm.registerChanged(demo);
        vm.prepare();
        assertThat(vm.results()).extracting(RegisterSearch.Hit::id).containsExactly("IN-0003");
    }
}
