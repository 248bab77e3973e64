package dev.steward.ui.frameworks;

import dev.steward.app.Actor;
import dev.steward.app.CatalogAdoptionPort;
import dev.steward.app.CatalogIssue;
import dev.steward.app.CatalogSource;
import dev.steward.app.CatalogUpdate;
import dev.steward.app.CatalogUpdates;
import dev.steward.app.LoadedCatalogs;
import dev.steward.app.RegisterPort;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.domain.CatalogAdoption;
import dev.steward.domain.Clause;
import dev.steward.domain.Relation;
import dev.steward.ui.DialogService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The Frameworks section without the FX toolkit: catalogs, search, clause page, problems. */
class FrameworksViewModelTest {

    @TempDir
    Path dir;

    private final List<String> errors = new ArrayList<>();

    private FrameworksViewModel vm(CatalogSource source) {
        CatalogAdoptionPort none = new CatalogAdoptionPort() {
            @Override
            public List<CatalogAdoption> adopted(RegisterPort register) {
                return List.of();
            }

            @Override
            public void adopt(RegisterPort register, CatalogAdoption adoption, String actor) {
            }
        };
        var services = new FrameworksServices(source, new CatalogUpdates(none, Clock.systemUTC()), Actor.fromEnvironment());
        FrameworksViewModel vm = new FrameworksViewModel(services, new SameThreadTaskRunner(), new Dialogs());
        vm.reload(null);
        return vm;
    }

    private FrameworksViewModel shipped() {
        return vm(new FileCatalogSource(dir.resolve("catalogs"), Clock.systemUTC()));
    }

    @Test
    void loadsEveryShippedCatalogAndShowsTheFirst() {
        FrameworksViewModel vm = shipped();
        assertThat(vm.catalogs()).hasSize(8);
        assertThat(vm.catalogProperty().get().id()).isEqualTo("nist-ai-rmf-1.0");
        assertThat(vm.visibleProperty().get()).hasSize(95);
        assertThat(vm.problems()).isEmpty();
        assertThat(errors).isEmpty();
    }

    @Test
    void searchShowsMatchesWithTheirAncestors() {
        FrameworksViewModel vm = shipped();
        vm.searchProperty().set("govern 1.1");
        assertThat(vm.visibleProperty().get()).extracting(Clause::ref).containsExactly("GOVERN", "GOVERN 1", "GOVERN 1.1");
        assertThat(vm.matchesProperty().get()).contains("GOVERN 1.1").doesNotContain("GOVERN");
        vm.searchProperty().set("LEGAL REGULATORY");
        assertThat(vm.visibleProperty().get()).extracting(Clause::ref).contains("GOVERN 1.1");
        vm.searchProperty().set("no such words anywhere");
        assertThat(vm.visibleProperty().get()).isEmpty();
        vm.searchProperty().set("");
        assertThat(vm.visibleProperty().get()).hasSize(95);
    }

    @Test
    void clausePageShowsTextSourceAndCrosswalkNeighboursBothWays() {
        FrameworksViewModel vm = shipped();
        Clause govern11 = vm.catalogProperty().get().clause("GOVERN 1.1").orElseThrow();
        vm.clauseProperty().set(govern11);
        ClausePage page = vm.pageProperty().get();
        assertThat(page.text()).isNotBlank();
        assertThat(page.licence()).isNotBlank();
        assertThat(page.neighbours()).isNotEmpty().allSatisfy(n -> assertThat(n.catalogId()).isEqualTo("iso-iec-42001-2023"));
        assertThat(page.controls()).isEmpty();

        var iso = vm.catalogs().stream().filter(c -> c.id().equals("iso-iec-42001-2023")).findFirst().orElseThrow();
        vm.catalogProperty().set(iso);
        String target = page.neighbours().get(0).ref();
        vm.clauseProperty().set(iso.clause(target).orElseThrow());
        ClausePage isoPage = vm.pageProperty().get();
        assertThat(isoPage.text()).isEqualTo("Text not included (copyrighted: ISO/IEC).");
        assertThat(isoPage.neighbours()).anySatisfy(n -> assertThat(n.ref()).isEqualTo("GOVERN 1.1"));
    }

    @Test
    void mappedControlsComeFromTheRegistersMappings() {
        var all = new FileCatalogSource(dir.resolve("catalogs"), Clock.systemUTC()).load();
        var rmf = all.catalog("nist-ai-rmf-1.0").orElseThrow();
        var control = dev.steward.domain.Fixtures.control();
        var mapping = new dev.steward.domain.Mapping("M-0001", control.id(), rmf.id(), "GOVERN 1.1", Relation.SUBSET, "legal review");
        ClausePage page = ClausePage.of(rmf.clause("GOVERN 1.1").orElseThrow(), rmf, all, List.of(mapping),
                java.util.Map.of(control.id(), control));
        assertThat(page.controls()).containsExactly(new ClausePage.MappedControl("C-0001", control.name(), "IMPLEMENTED",
                Relation.SUBSET, "legal review"));
    }

    @Test
    void relationsAreReadFromTheClauseShown() {
        assertThat(ClausePage.inverse(Relation.SUBSET)).isEqualTo(Relation.SUPERSET);
        assertThat(ClausePage.inverse(Relation.INTERSECT)).isEqualTo(Relation.INTERSECT);
    }

    @Test
    void skippedFilesAreListedAndTheValidCatalogsStillShow() {
        CatalogSource real = new FileCatalogSource(dir.resolve("catalogs"), Clock.systemUTC());
        CatalogSource withProblem = new CatalogSource() {
            @Override
            public LoadedCatalogs load() {
                LoadedCatalogs l = real.load();
                return new LoadedCatalogs(l.catalogs(), l.crosswalks(),
                        List.of(new CatalogIssue("catalogs/bad.json", "/clauses/3/parent", "unknown parent 'X'")), l.customIds());
            }

            @Override
            public List<CatalogIssue> validate(Path d) {
                return List.of();
            }

            @Override
            public dev.steward.domain.Catalog importCatalog(Path file) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void exportOscal(dev.steward.domain.Catalog catalog, Path target) {
            }
        };
        FrameworksViewModel vm = vm(withProblem);
        assertThat(vm.problems()).containsExactly("catalogs/bad.json: /clauses/3/parent: unknown parent 'X'");
        assertThat(vm.catalogs()).hasSize(8);
    }

    @Test
    void withoutARegisterThereIsNoVersionStanding() {
        FrameworksViewModel vm = shipped();
        CatalogUpdate u = vm.updateProperty().get();
        assertThat(u).isNull();
    }

    private final class Dialogs implements DialogService {
        @Override
        public void showError(String title, String message, Throwable details) {
            errors.add(title + ": " + message);
        }

        @Override
        public void showWarning(String title, String message) {
        }

        @Override
        public boolean confirm(String title, String message) {
            return true;
        }

        @Override
        public Optional<Path> chooseRegisterToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseRegisterToSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFolder(String title) {
            return Optional.empty();
        }

        @Override
        public void showInfo(String title, String message) {
        }
    }

    @Test
    void aClausesMappedControlsCanBeEditedFromItsPage() {
        var demo = dev.steward.app.DemoRegisters.demo(dir);
        try {
            FrameworksViewModel vm = shipped();
            vm.reload(demo);
            vm.catalogProperty().set(vm.catalogs().stream().filter(c -> c.id().equals("iso-iec-42001-2023")).findFirst().orElseThrow());
            vm.clauseProperty().set(vm.catalogProperty().get().clause("A.6.2.8").orElseThrow());
            assertThat(vm.clauseMappings()).extracting(m -> m.controlId()).containsExactly("C-0006");
            vm.mapControl("C-0004", Relation.SUBSET, "Token issuance is logged.");
            vm.reload(demo);
            assertThat(vm.clauseMappings()).extracting(m -> m.controlId()).containsExactlyInAnyOrder("C-0006", "C-0004");
            assertThat(vm.pageProperty().get().controls()).hasSize(2);
            var added = vm.clauseMappings().stream().filter(m -> m.controlId().equals("C-0004")).findFirst().orElseThrow();
            vm.updateMapping(added, Relation.INTERSECT, "Overlap.");
            vm.reload(demo);
            assertThat(vm.clauseMappings()).filteredOn(m -> m.controlId().equals("C-0004")).singleElement()
                    .satisfies(m -> assertThat(m.relation()).isEqualTo(Relation.INTERSECT));
            vm.unmap(vm.clauseMappings().stream().filter(m -> m.controlId().equals("C-0004")).findFirst().orElseThrow());
            vm.reload(demo);
            assertThat(vm.clauseMappings()).hasSize(1);
            assertThat(errors).isEmpty();
        } finally {
            demo.register().close();
        }
    }
}
