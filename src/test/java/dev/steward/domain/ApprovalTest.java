package dev.steward.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ApprovalTest {
    static final LocalDate ON = LocalDate.of(2026, 10, 1);

    static Approval pending() {
        return Approval.request("AP-0002", ApprovalSubject.RISK_ACCEPTANCE, "R-0003", "P-0002", ON);
    }

    @Test
    void pendingByDefault() {
        assertThat(new Approval("AP-0002", ApprovalSubject.CONTROL_EXCEPTION, "C-0001", "P-0002", null, null, null, ON, null, null)
                .decision()).isEqualTo(Decision.PENDING);
        assertThat(pending().isValidOn(ON)).isFalse();
    }

    @Test
    void subjectIdMatchesTheSubjectKind() {
        assertThatThrownBy(() -> Approval.request("AP-0001", ApprovalSubject.RISK_ACCEPTANCE, "AG-0001", "P-0001", ON))
                .hasMessage("approval subjectId must look like R-0001: 'AG-0001'");
        assertThatThrownBy(() -> Approval.request("AP-0001", null, "AG-0001", "P-0001", ON)).hasMessage("approval subject is required");
        assertThatThrownBy(() -> Approval.request("AP-0001", ApprovalSubject.LIFECYCLE_STEP, "AG-0001", null, ON))
                .hasMessage("approval requestedById is required");
    }

    @Test
    void segregationOfDuties() {
        assertThatThrownBy(() -> pending().decide("P-0002", Decision.APPROVED, null, ON, null))
                .hasMessageContaining("approverId must differ from requestedById (segregation of duties)");
        assertThatThrownBy(() -> pending().decide(null, Decision.REJECTED, null, ON, null))
                .hasMessage("approval approverId for a REJECTED decision is required");
        // a pending request may name its intended approver, even the requester, until it is decided
        assertThat(new Approval("AP-0001", ApprovalSubject.RISK_ACCEPTANCE, "R-0001", "P-0002", "P-0002", Decision.PENDING,
                null, ON, null, null).approverId()).isEqualTo("P-0002");
    }

    @Test
    void decisionDatesAndConditions() {
        assertThatThrownBy(() -> pending().decide("P-0001", Decision.APPROVED, null, null, null))
                .hasMessage("approval decidedOn for a APPROVED decision is required");
        assertThatThrownBy(() -> pending().decide("P-0001", Decision.APPROVED, null, ON.minusDays(1), null))
                .hasMessageContaining("decidedOn must not be before requestedOn");
        assertThatThrownBy(() -> pending().decide("P-0001", Decision.CONDITIONAL, " ", ON, null))
                .hasMessage("approval conditions are required when the decision is CONDITIONAL");
        assertThatThrownBy(() -> pending().decide("P-0001", Decision.APPROVED, null, ON, ON))
                .hasMessageContaining("approval expiry must be after");
        assertThatThrownBy(() -> new Approval("AP-0001", ApprovalSubject.RISK_ACCEPTANCE, "R-0001", "P-0002", null,
                Decision.PENDING, null, ON, ON, null)).hasMessageContaining("decidedOn must be empty while the decision is PENDING");
    }

    @Test
    void validFromDecisionThroughExpiry() {
        Approval a = Fixtures.approval(); // conditional, decided 2026-09-03, expires 2026-12-31
        assertThat(a.isValidOn(LocalDate.of(2026, 9, 2))).isFalse();
        assertThat(a.isValidOn(LocalDate.of(2026, 9, 3))).isTrue();
        assertThat(a.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(a.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThat(pending().decide("P-0001", Decision.REJECTED, null, ON, null).isValidOn(ON)).isFalse();
        assertThat(pending().decide("P-0001", Decision.APPROVED, null, ON, null).isValidOn(ON.plusYears(5))).isTrue();
    }
}
