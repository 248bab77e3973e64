package dev.steward.store;

import dev.steward.app.Actor;
import dev.steward.app.CatalogUpdate;
import dev.steward.app.CatalogUpdates;
import dev.steward.app.Edit;
import dev.steward.app.EditOrigin;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.ReadOnlyRegisterException;
import dev.steward.app.RegisterPort;
import dev.steward.domain.Catalog;
import dev.steward.domain.CatalogAdoption;
import dev.steward.domain.Clause;
import dev.steward.domain.Fixtures;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adopting a catalog version: stored with its title snapshot, logged, and later versions diffed against it. */
class CatalogAdoptionTest {

    @TempDir
    Path dir;

    private final SqliteCatalogAdoptions adoptions = new SqliteCatalogAdoptions();
    private final CatalogUpdates updates = new CatalogUpdates(adoptions, TestRegisters.CLOCK);
    private final Actor actor = Actor.fromEnvironment();

    static Catalog policy(String version, String... refsAndTitles) {
        List<Clause> clauses = new java.util.ArrayList<>();
        for (int i = 0; i < refsAndTitles.length; i += 2) {
            clauses.add(new Clause("pol", refsAndTitles[i], null, 1, refsAndTitles[i + 1], "", ""));
        }
        return new Catalog("pol", "Policy", version, "Acme", "s", "l", null, null, List.of(), clauses);
    }

    private static final String OWN_CATALOG = """
            {"id": "own-policy", "name": "Our AI policy", "version": "1", "publisher": "Acme", "source": "intranet",
             "licence": "internal", "clauses": [{"ref": "1", "parent": null, "level": 1, "title": "Scope", "text": "All agents."}]}""";

    /** A new demo register follows the shipped catalogs: the Frameworks section shows them as current, not "not recorded". */
    @Test
    void theDemoRegisterRecordsTheShippedCatalogVersionsButNotTheUsersOwn() throws Exception {
        var source = new dev.steward.catalog.FileCatalogSource(dir.resolve("catalogs"), TestRegisters.CLOCK);
        source.importCatalog(java.nio.file.Files.writeString(dir.resolve("own.json"), OWN_CATALOG));
        var loaded = source.load();
        assertThat(loaded.customIds()).containsExactly("own-policy");
        var registers = new dev.steward.app.RegisterService(new SqliteRegisterFiles(TestRegisters.CLOCK, "test"),
                new dev.steward.catalog.JsonTemplates(), actor, r -> updates.adoptShipped(r, loaded, actor));
        Path demo = dir.resolve("demo.steward");
        registers.writeDemo(demo);

        Path plain = dir.resolve("plain.steward");
        new dev.steward.app.RegisterService(new SqliteRegisterFiles(TestRegisters.CLOCK, "test"),
                new dev.steward.catalog.JsonTemplates(), actor).writeDemo(plain);
        long contentRows;
        try (RegisterPort r = new SqliteRegisterFiles(TestRegisters.CLOCK, "test").open(plain)) {
            contentRows = r.changeLog().size();
            assertThat(adoptions.adopted(r)).isEmpty();
        }

        try (RegisterPort r = new SqliteRegisterFiles(TestRegisters.CLOCK, "test").open(demo)) {
            List<String> shipped = loaded.catalogs().stream().map(Catalog::id).filter(id -> !loaded.isCustom(id)).toList();
            assertThat(shipped).contains("nist-ai-rmf-1.0");
            assertThat(adoptions.adopted(r)).extracting(CatalogAdoption::catalogId).containsExactlyInAnyOrderElementsOf(shipped);
            assertThat(updates.checkAll(r, loaded.catalogs())).allSatisfy(u -> assertThat(u.state())
                    .isEqualTo(loaded.isCustom(u.catalog().id()) ? CatalogUpdate.State.NOT_RECORDED : CatalogUpdate.State.UP_TO_DATE));
            assertThat(r.changeLog().size()).isEqualTo(contentRows + shipped.size()); // the content, then one row per adoption
            assertThat(r.changeLog().verify().intact()).isTrue();
        }
    }

    @Test
    void adoptionIsStoredLoggedAndANewerVersionShowsWhatChanged() {
        Catalog v1 = policy("1", "A", "Alpha", "B", "Beta", "C", "Gamma");
        Catalog v2 = policy("2", "A", "Alpha", "C", "Gamma ray", "D", "Delta");
        try (RegisterPort r = TestRegisters.create(dir.resolve("r.steward"))) {
            r.apply(new Edit("controls", List.of(EntityChange.create(EntityKinds.CONTROL, Fixtures.control()),
                    EntityChange.create(EntityKinds.MAPPING, new Mapping("M-0001", "C-0001", "pol", "B", Relation.EQUAL, "x")))),
                    EditOrigin.DO, "test");
            assertThat(updates.check(r, v1).state()).isEqualTo(CatalogUpdate.State.NOT_RECORDED);
            long logBefore = r.changeLog().size();

            updates.adopt(r, v1, actor);
            assertThat(r.changeLog().size()).isEqualTo(logBefore + 1);
            assertThat(r.changeLog().verify().intact()).isTrue();
            CatalogAdoption stored = adoptions.adopted(r).get(0);
            assertThat(stored.version()).isEqualTo("1");
            assertThat(stored.clauseTitles()).containsExactly(java.util.Map.entry("A", "Alpha"),
                    java.util.Map.entry("B", "Beta"), java.util.Map.entry("C", "Gamma"));
            assertThat(updates.check(r, v1).state()).isEqualTo(CatalogUpdate.State.UP_TO_DATE);
            assertThat(updates.check(r, v1).describe()).isEqualTo("Mappings follow this version: 1, recorded 2026-11-25 12:00 UTC by "
                    + actor.describe() + ".");

            CatalogUpdate u = updates.check(r, v2);
            assertThat(u.state()).isEqualTo(CatalogUpdate.State.NEWER_VERSION);
            assertThat(u.diff().added()).containsExactly("D");
            assertThat(u.diff().removed()).containsExactly("B");
            assertThat(u.diff().retitled()).hasSize(1);
            assertThat(u.orphaned()).extracting(Mapping::id).containsExactly("M-0001");
            assertThat(u.describe()).contains("1 added, 1 removed, 1 retitled").contains("1 mapping(s)");

            updates.adopt(r, v2, actor);
            assertThat(adoptions.adopted(r)).singleElement().extracting(CatalogAdoption::version).isEqualTo("2");
            // the mapping to the removed clause is still there, still flagged
            assertThat(r.all(EntityKinds.MAPPING)).hasSize(1);
            assertThat(updates.check(r, v2).orphaned()).hasSize(1);
            assertThat(r.changeLog().verify().intact()).isTrue();
        }
    }

    @Test
    void adoptionSurvivesReopening() {
        Path file = dir.resolve("r.steward");
        try (RegisterPort r = TestRegisters.create(file)) {
            updates.adopt(r, policy("1", "A", "Alpha"), actor);
        }
        try (RegisterPort r = TestRegisters.files().open(file)) {
            assertThat(adoptions.adopted(r)).singleElement().satisfies(a -> assertThat(a.clauseTitles()).containsKey("A"));
        }
    }

    @Test
    void readOnlyRegisterRefusesAdoption() {
        Path file = dir.resolve("r.steward");
        try (RegisterPort writer = TestRegisters.create(file); RegisterPort reader = TestRegisters.files().open(file)) {
            assertThat(reader.readOnly()).isTrue();
            assertThatThrownBy(() -> updates.adopt(reader, policy("1", "A", "Alpha"), actor))
                    .isInstanceOf(ReadOnlyRegisterException.class);
        }
    }
}
