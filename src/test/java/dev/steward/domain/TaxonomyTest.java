package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TaxonomyTest {
    static RiskCategory cat(String code, String parent) {
        return new RiskCategory(code, parent, code + " name", null, 8);
    }

    @Test
    void categoryValidatesCodeParentAndTolerance() {
        assertThatThrownBy(() -> new RiskCategory("exec", null, "n", null, 8)).hasMessageContaining("risk category code must be");
        assertThatThrownBy(() -> cat("EXEC", "EXEC")).hasMessageContaining("parentCode must differ");
        assertThatThrownBy(() -> new RiskCategory("EXEC", null, " ", null, 8)).hasMessage("risk category name is required");
        assertThatThrownBy(() -> new RiskCategory("EXEC", null, "n", null, 0)).hasMessage("risk category tolerance must be between 1 and 36: 0");
        assertThatThrownBy(() -> new RiskCategory("EXEC", null, "n", null, 37)).hasMessage("risk category tolerance must be between 1 and 36: 37");
    }

    @Test
    void categoryIdIsItsCodeAndToleranceIsInclusive() {
        RiskCategory c = Fixtures.category();
        assertThat(c.id()).isEqualTo("EXEC");
        assertThat(c.accepts(8)).isTrue();
        assertThat(c.accepts(9)).isFalse();
    }

    @Test
    void taxonomyRejectsDuplicatesUnknownParentsAndCycles() {
        assertThatThrownBy(() -> new Taxonomy(List.of(cat("OPS", null), cat("OPS", null)))).hasMessageContaining("'OPS' twice");
        assertThatThrownBy(() -> new Taxonomy(List.of(cat("EXEC", "OPS")))).hasMessageContaining("unknown parentCode 'OPS'");
        assertThatThrownBy(() -> new Taxonomy(List.of(cat("AA", "BB"), cat("BB", "AA")))).hasMessageContaining("cycle");
    }

    @Test
    void taxonomyFindsAndListsChildren() {
        Taxonomy t = new Taxonomy(List.of(cat("SEC", null), cat("IAM", "SEC"), cat("OPS", null)));
        assertThat(t.find("IAM")).map(RiskCategory::parentCode).contains("SEC");
        assertThat(t.find("NOPE")).isEmpty();
        assertThat(t.children(null)).extracting(RiskCategory::code).containsExactly("SEC", "OPS");
        assertThat(t.children("SEC")).extracting(RiskCategory::code).containsExactly("IAM");
    }
}
