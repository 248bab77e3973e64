package dev.steward.domain.coverage;

import dev.steward.domain.Catalog;
import dev.steward.domain.Clause;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.Control;
import dev.steward.domain.ControlKind;
import dev.steward.domain.ControlNature;
import dev.steward.domain.Crosswalk;
import dev.steward.domain.CrosswalkPair;
import dev.steward.domain.ImplementationStatus;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.steward.domain.ImplementationStatus.IMPLEMENTED;
import static dev.steward.domain.ImplementationStatus.IN_PROGRESS;
import static dev.steward.domain.ImplementationStatus.PLANNED;
import static dev.steward.domain.ImplementationStatus.VERIFIED;
import static dev.steward.domain.Relation.EQUAL;
import static dev.steward.domain.Relation.INTERSECT;
import static dev.steward.domain.Relation.SUBSET;
import static dev.steward.domain.Relation.SUPERSET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The coverage rules of DESIGN.md, one by one, on two tiny catalogs joined by a crosswalk. */
class CoverageCalculatorTest {

    /** F: roots G1 (leaves F.1, F.2) and G2 (leaves F.3, F.4). */
    static final Catalog F = catalog("f", "G1", "F.1", "F.2", "G2", "F.3", "F.4");
    /** H: root H0 with leaves H.1, H.2, H.3. */
    static final Catalog H = catalog("h", "H0", "H.1", "H.2", "H.3");

    private final List<Control> controls = new ArrayList<>();
    private final List<Mapping> mappings = new ArrayList<>();
    private final List<ClauseApplicability> decisions = new ArrayList<>();
    private final List<CrosswalkPair> pairs = new ArrayList<>();

    private static Catalog catalog(String id, String... refs) {
        List<Clause> clauses = new ArrayList<>();
        String root = null;
        for (String ref : refs) {
            if (!ref.contains(".")) {
                root = ref;
                clauses.add(new Clause(id, ref, null, 1, "Group " + ref, "", "function"));
            } else {
                clauses.add(new Clause(id, ref, root, 2, "Clause " + ref, "", "subcategory"));
            }
        }
        return new Catalog(id, id.toUpperCase(), "1", "Pub", "src", "lic", null, null, List.of(), clauses);
    }

    private void map(String controlId, ImplementationStatus status, String framework, String ref, Relation relation) {
        if (controls.stream().noneMatch(c -> c.id().equals(controlId))) {
            controls.add(new Control(controlId, "Control " + controlId, "", ControlKind.PREVENTIVE, ControlNature.TECHNICAL,
                    null, status, null, true, List.of(), null, null, List.of()));
        }
        mappings.add(new Mapping("M-" + String.format("%04d", mappings.size() + 1), controlId, framework, ref, relation, "why"));
    }

    private FrameworkCoverage coverage(String catalogId) {
        Crosswalk cw = new Crosswalk("f-to-h", "f", "h", "src", "lic", List.of(), pairs);
        return new CoverageCalculator(List.of(F, H), List.of(cw), mappings, controls, decisions).coverage(catalogId);
    }

    private ClauseCoverage clause(String catalogId, String ref) {
        return coverage(catalogId).clause(ref).orElseThrow();
    }

    @Test
    void onlyLeavesAreAssessedAndAnUnmappedClauseIsAGap() {
        FrameworkCoverage f = coverage("f");
        assertThat(f.clauses()).extracting(ClauseCoverage::ref).containsExactly("F.1", "F.2", "F.3", "F.4");
        assertThat(f.clauses()).allMatch(c -> c.status() == CoverageStatus.GAP && !c.derived());
        assertThat(f.total().gapPercent()).isEqualTo(100);
    }

    @Test
    void anImplementedOrVerifiedControlWithEqualSubsetOrSupersetCovers() {
        map("C-0001", IMPLEMENTED, "f", "F.1", EQUAL);
        map("C-0002", VERIFIED, "f", "F.2", SUBSET);
        map("C-0003", IMPLEMENTED, "f", "F.3", SUPERSET);
        FrameworkCoverage f = coverage("f");
        assertThat(f.clause("F.1").orElseThrow().status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(f.clause("F.2").orElseThrow().status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(f.clause("F.3").orElseThrow().status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(f.total().coveredDirect()).isEqualTo(3);
        assertThat(f.total().coveredPercent()).isEqualTo(75);
    }

    @Test
    void aClauseCoveredOnlyByAPlannedOrInProgressControlIsPartial() {
        map("C-0001", PLANNED, "f", "F.1", EQUAL);
        map("C-0002", IN_PROGRESS, "f", "F.2", SUBSET);
        assertThat(clause("f", "F.1").status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(clause("f", "F.2").status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(clause("f", "F.1").derived()).isFalse();
    }

    @Test
    void anIntersectingControlGivesPartialEvenWhenVerified() {
        map("C-0001", VERIFIED, "f", "F.1", INTERSECT);
        assertThat(clause("f", "F.1").status()).isEqualTo(CoverageStatus.PARTIAL);
    }

    @Test
    void oneInPlaceContainingControlBeatsOthersThatArePartial() {
        map("C-0001", PLANNED, "f", "F.1", EQUAL);
        map("C-0002", VERIFIED, "f", "F.1", INTERSECT);
        map("C-0003", IMPLEMENTED, "f", "F.1", SUBSET);
        assertThat(clause("f", "F.1").status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(clause("f", "F.1").mappings()).hasSize(3);
    }

    @Test
    void controlsMarkedNotApplicableAndUnknownControlsDoNotCount() {
        map("C-0001", ImplementationStatus.NOT_APPLICABLE, "f", "F.1", EQUAL);
        mappings.add(new Mapping("M-0099", "C-0099", "f", "F.2", EQUAL, "control deleted"));
        assertThat(clause("f", "F.1").status()).isEqualTo(CoverageStatus.GAP);
        assertThat(clause("f", "F.2").status()).isEqualTo(CoverageStatus.GAP);
    }

    @Test
    void notApplicableClausesAreLeftOutOfThePercentages() {
        map("C-0001", IMPLEMENTED, "f", "F.1", EQUAL);
        decisions.add(ClauseApplicability.of("f", "F.4", false, "We do not build models.", "tester", LocalDate.of(2026, 11, 1)));
        decisions.add(ClauseApplicability.of("f", "F.3", true, "Applies to every agent.", "tester", LocalDate.of(2026, 11, 1)));
        FrameworkCoverage f = coverage("f");
        assertThat(f.clause("F.4").orElseThrow().status()).isEqualTo(CoverageStatus.NOT_APPLICABLE);
        assertThat(f.clause("F.3").orElseThrow().status()).isEqualTo(CoverageStatus.GAP);
        assertThat(f.total().applicable()).isEqualTo(3);
        assertThat(f.total().notApplicable()).isEqualTo(1);
        assertThat(f.total().coveredPercent()).isEqualTo(33); // 1 of 3, not 1 of 4
        assertThat(f.total().gapPercent()).isEqualTo(67);
    }

    @Test
    void notApplicableWinsOverMappings() {
        map("C-0001", IMPLEMENTED, "f", "F.1", EQUAL);
        decisions.add(ClauseApplicability.of("f", "F.1", false, "Out of scope.", "tester", null));
        assertThat(clause("f", "F.1").status()).isEqualTo(CoverageStatus.NOT_APPLICABLE);
    }

    @Test
    void aNotApplicableDecisionNeedsAJustification() {
        assertThatThrownBy(() -> ClauseApplicability.of("f", "F.1", false, "  ", "tester", null))
                .hasMessageContaining("justification");
    }

    @Test
    void coverageReachedOnlyThroughACrosswalkIsDerivedAndCountedApart() {
        pairs.add(new CrosswalkPair("F.1", "H.1", SUBSET)); // F.1 is contained in H.1
        map("C-0001", IMPLEMENTED, "h", "H.1", EQUAL);
        ClauseCoverage f1 = clause("f", "F.1");
        assertThat(f1.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(f1.derived()).isTrue();
        assertThat(f1.directStatus()).isEqualTo(CoverageStatus.GAP);
        assertThat(f1.via()).singleElement().satisfies(l -> {
            assertThat(l.ref()).isEqualTo("H.1");
            assertThat(l.controlIds()).containsExactly("C-0001");
        });
        assertThat(f1.describe()).isEqualTo("Covered (derived)");
        Tally t = coverage("f").total();
        assertThat(t.coveredDirect()).isZero();
        assertThat(t.coveredDerived()).isEqualTo(1);
        assertThat(t.coveredPercent()).isZero();
        assertThat(t.coveredDerivedPercent()).isEqualTo(25);
    }

    @Test
    void derivationWorksInBothDirectionsOfTheCrosswalk() {
        pairs.add(new CrosswalkPair("F.2", "H.2", SUPERSET)); // F.2 contains H.2, so H.2 is contained in F.2
        map("C-0001", VERIFIED, "f", "F.2", EQUAL);
        ClauseCoverage h2 = clause("h", "H.2");
        assertThat(h2.status()).isEqualTo(CoverageStatus.COVERED);
        assertThat(h2.derived()).isTrue();
        assertThat(h2.via().get(0).relation()).isEqualTo(SUBSET);
    }

    @Test
    void aNeighbourThatCoversOnlyPartOfTheClauseGivesDerivedPartial() {
        pairs.add(new CrosswalkPair("F.1", "H.1", SUPERSET)); // F.1 is larger than H.1
        pairs.add(new CrosswalkPair("F.2", "H.2", INTERSECT));
        pairs.add(new CrosswalkPair("F.3", "H.3", EQUAL));
        map("C-0001", IMPLEMENTED, "h", "H.1", EQUAL);
        map("C-0002", IMPLEMENTED, "h", "H.2", EQUAL);
        map("C-0003", PLANNED, "h", "H.3", EQUAL);
        FrameworkCoverage f = coverage("f");
        for (String ref : List.of("F.1", "F.2", "F.3")) {
            assertThat(f.clause(ref).orElseThrow().status()).as(ref).isEqualTo(CoverageStatus.PARTIAL);
            assertThat(f.clause(ref).orElseThrow().derived()).as(ref).isTrue();
        }
        assertThat(f.total().partialDerived()).isEqualTo(3);
        assertThat(f.total().partialDirect()).isZero();
    }

    @Test
    void directCoverageIsNeverReplacedByDerived() {
        pairs.add(new CrosswalkPair("F.1", "H.1", EQUAL));
        map("C-0001", VERIFIED, "h", "H.1", EQUAL);
        map("C-0002", PLANNED, "f", "F.1", EQUAL);
        ClauseCoverage f1 = clause("f", "F.1");
        assertThat(f1.status()).isEqualTo(CoverageStatus.PARTIAL);
        assertThat(f1.derived()).isFalse();
        assertThat(f1.via()).hasSize(1); // still shown in the drill-down
    }

    @Test
    void derivationIsOneHopAndNeedsTheNeighboursOwnMappings() {
        pairs.add(new CrosswalkPair("F.1", "H.1", EQUAL));
        assertThat(clause("f", "F.1").status()).isEqualTo(CoverageStatus.GAP);
        assertThat(clause("f", "F.1").crosswalkLinks()).isEqualTo(1);
    }

    @Test
    void groupsTallyTheLeavesUnderEachRoot() {
        map("C-0001", IMPLEMENTED, "f", "F.1", EQUAL);
        map("C-0002", PLANNED, "f", "F.3", EQUAL);
        FrameworkCoverage f = coverage("f");
        assertThat(f.groups()).extracting(FrameworkCoverage.Group::ref).containsExactly("G1", "G2");
        assertThat(f.groups().get(0).tally().coveredPercent()).isEqualTo(50);
        assertThat(f.groups().get(1).tally().partialPercent()).isEqualTo(50);
        assertThat(f.groups().get(1).title()).isEqualTo("Group G2");
    }

    @Test
    void gapsComeFirstThenPartialsEachByImportance() {
        map("C-0001", PLANNED, "f", "F.1", EQUAL);
        pairs.add(new CrosswalkPair("F.4", "H.1", EQUAL));
        GapRanking ranking = new GapRanking(Map.of("F.3", 2), Map.of("F.4", 1));
        List<RankedGap> gaps = coverage("f").gaps(ranking);
        assertThat(gaps).extracting(g -> g.coverage().ref()).containsExactly("F.3", "F.4", "F.2", "F.1");
        assertThat(gaps.get(0).score()).isEqualTo(6);
        assertThat(gaps.get(0).reasons()).containsExactly("obligation of 2 agents");
        assertThat(gaps.get(1).reasons()).containsExactly("1 library control closes it", "1 crosswalk link");
    }

    @Test
    void percentagesOfAnEmptyOrFullyExcludedFrameworkAreZeroNotAnError() {
        assertThat(new Tally(0, 0, 0, 0, 0, 3).coveredPercent()).isZero();
        assertThat(new Tally(1, 1, 1, 0, 0, 0).summary()).isEqualTo("33% covered · 33% covered (derived) · 33% partial · 0% gap");
    }

    @Test
    void anUnknownCatalogIsRefusedByName() {
        assertThatThrownBy(() -> coverage("nope")).hasMessageContaining("'nope'");
    }
}
