package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlAndMappingTest {
    static Control control(boolean all, List<String> agents, ImplementationStatus status, TestFrequency f, LocalDate tested) {
        return new Control("C-0002", "Short-lived tokens", null, ControlKind.PREVENTIVE, ControlNature.TECHNICAL, null,
                status, null, all, agents, f, tested, null);
    }

    @Test
    void validatesFields() {
        assertThatThrownBy(() -> new Control("CTL-1", "n", null, ControlKind.PREVENTIVE, ControlNature.TECHNICAL, null, null,
                null, true, null, null, null, null)).hasMessage("control id must look like C-0001: 'CTL-1'");
        assertThatThrownBy(() -> new Control("C-0001", "n", null, null, ControlNature.TECHNICAL, null, null,
                null, true, null, null, null, null)).hasMessage("control kind is required");
        assertThatThrownBy(() -> new Control("C-0001", "n", null, ControlKind.DETECTIVE, null, null, null,
                null, true, null, null, null, null)).hasMessage("control nature is required");
        assertThatThrownBy(() -> control(true, List.of("AG-0001"), null, null, null))
                .hasMessage("control appliesToAgentIds must be empty when appliesToAll is true");
        assertThatThrownBy(() -> new Control("C-0001", "n", null, ControlKind.DETECTIVE, ControlNature.TECHNICAL, null, null,
                null, true, null, null, null, List.of("E-1"))).hasMessage("control evidenceIds entry must look like EV-0001: 'E-1'");
    }

    @Test
    void defaultsStatusAndEffectiveness() {
        Control c = control(true, null, null, null, null);
        assertThat(c.status()).isEqualTo(ImplementationStatus.PLANNED);
        assertThat(c.effectiveness()).isEqualTo(Effectiveness.NOT_ASSESSED);
        assertThat(c.appliesToAgentIds()).isEmpty();
    }

    @Test
    void appliesToAllOrTheListedAgents() {
        assertThat(control(true, null, null, null, null).appliesTo("AG-0042")).isTrue();
        Control some = control(false, List.of("AG-0001"), null, null, null);
        assertThat(some.appliesTo("AG-0001")).isTrue();
        assertThat(some.appliesTo("AG-0002")).isFalse();
    }

    @Test
    void testOverdueForControlsInPlace() {
        Control c = control(true, null, ImplementationStatus.IMPLEMENTED, TestFrequency.QUARTERLY, LocalDate.of(2026, 6, 30));
        assertThat(c.nextTestDue()).contains(LocalDate.of(2026, 9, 30));
        assertThat(c.testOverdue(LocalDate.of(2026, 9, 30))).isFalse();
        assertThat(c.testOverdue(LocalDate.of(2026, 10, 1))).isTrue();
        assertThat(control(true, null, ImplementationStatus.VERIFIED, TestFrequency.ANNUAL, null).testOverdue(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(control(true, null, ImplementationStatus.PLANNED, TestFrequency.ANNUAL, null).testOverdue(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(control(true, null, ImplementationStatus.VERIFIED, null, null).testOverdue(LocalDate.of(2026, 1, 1))).isFalse();
        assertThat(TestFrequency.SEMI_ANNUAL.months()).isEqualTo(6);
        assertThat(ImplementationStatus.IN_PROGRESS.inPlace()).isFalse();
    }

    @Test
    void mappingValidates() {
        assertThat(Fixtures.mapping().relation()).isEqualTo(Relation.SUBSET);
        assertThatThrownBy(() -> new Mapping("MAP-1", "C-0001", "iso", "A.1", Relation.EQUAL, null)).hasMessageContaining("mapping id");
        assertThatThrownBy(() -> new Mapping("M-0001", "X", "iso", "A.1", Relation.EQUAL, null))
                .hasMessage("mapping controlId must look like C-0001: 'X'");
        assertThatThrownBy(() -> new Mapping("M-0001", "C-0001", "iso 42001", "A.1", Relation.EQUAL, null))
                .hasMessageContaining("mapping frameworkId must not contain spaces");
        assertThatThrownBy(() -> new Mapping("M-0001", "C-0001", "iso", "", Relation.EQUAL, null)).hasMessage("mapping clauseRef is required");
        assertThatThrownBy(() -> new Mapping("M-0001", "C-0001", "iso", "A.1", null, null)).hasMessage("mapping relation is required");
    }
}
