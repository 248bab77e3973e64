package dev.steward.domain.policy;

import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Decision;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.LifecycleEvent;
import dev.steward.domain.Provenance;
import dev.steward.domain.Sanction;
import org.junit.jupiter.api.Test;

import static dev.steward.domain.policy.PolicyAgents.TODAY;
import static dev.steward.domain.policy.PolicyAgents.approvalOf;
import static dev.steward.domain.policy.PolicyAgents.compliant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifecycleRulesTest {
    private final Agent underReview = compliant().withLifecycle(Lifecycle.UNDER_REVIEW);

    @Test
    void approvingNeedsARecordedApproval() {
        assertThatThrownBy(() -> LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, null, TODAY))
                .hasMessage("moving AG-0001 Ledger bot to APPROVED needs a recorded approval");
    }

    @Test
    void aGrantedApprovalInForceMovesTheAgentAndIsRecorded() {
        Agent approved = LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, approvalOf("AG-0001"), TODAY);
        assertThat(approved.lifecycle()).isEqualTo(Lifecycle.APPROVED);
        assertThat(approved.history()).containsExactly(new LifecycleEvent(LifecycleEvent.Kind.LIFECYCLE, TODAY, "P-0003",
                Lifecycle.UNDER_REVIEW, Lifecycle.APPROVED, Sanction.SANCTIONED, null, "AP-0001"));
        Agent pilot = LifecycleRules.move(approved, Lifecycle.PILOT, "P-0003", null, approvalOf("AG-0001"), TODAY);
        Agent production = LifecycleRules.move(pilot, Lifecycle.PRODUCTION, "P-0003", null, approvalOf("AG-0001"), TODAY);
        assertThat(production.history()).hasSize(3);
    }

    @Test
    void pilotAndProductionNeedApprovalToo() {
        Agent approved = compliant().withLifecycle(Lifecycle.APPROVED);
        assertThatThrownBy(() -> LifecycleRules.move(approved, Lifecycle.PILOT, "P-0003", null, null, TODAY))
                .hasMessageContaining("needs a recorded approval");
        assertThatThrownBy(() -> LifecycleRules.move(approved, Lifecycle.PRODUCTION, "P-0003", null, null, TODAY))
                .hasMessageContaining("needs a recorded approval");
    }

    @Test
    void theApproverMustNotBeTheRequester() {
        // The record itself refuses it, so no such approval can ever reach the lifecycle.
        assertThatThrownBy(() -> new Approval("AP-0002", ApprovalSubject.LIFECYCLE_STEP, "AG-0001", "P-0001", "P-0001",
                Decision.APPROVED, null, TODAY, TODAY, null)).hasMessageContaining("segregation of duties");
    }

    @Test
    void refusesPendingRejectedExpiredAndOtherAgentsApprovals() {
        Approval pending = Approval.request("AP-0003", ApprovalSubject.AGENT_ONBOARDING, "AG-0001", "P-0001", TODAY);
        assertThatThrownBy(() -> LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, pending, TODAY))
                .hasMessage("approval AP-0003 is PENDING; moving AG-0001 Ledger bot to APPROVED needs it approved or conditionally approved");
        Approval rejected = pending.decide("P-0002", Decision.REJECTED, null, TODAY, null);
        assertThatThrownBy(() -> LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, rejected, TODAY))
                .hasMessageContaining("is REJECTED");
        Approval expired = Approval.request("AP-0003", ApprovalSubject.AGENT_ONBOARDING, "AG-0001", "P-0001", TODAY.minusDays(20))
                .decide("P-0002", Decision.APPROVED, null, TODAY.minusDays(10), TODAY.minusDays(1));
        assertThatThrownBy(() -> LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, expired, TODAY))
                .hasMessage("approval AP-0003 is not in force on " + TODAY + " (expired " + TODAY.minusDays(1) + ")");
        assertThatThrownBy(() -> LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, approvalOf("AG-0009"), TODAY))
                .hasMessage("approval AP-0001 is not an onboarding or lifecycle approval of AG-0001");
    }

    @Test
    void aConditionalApprovalAlsoGrants() {
        Approval conditional = Approval.request("AP-0004", ApprovalSubject.LIFECYCLE_STEP, "AG-0001", "P-0001", TODAY)
                .decide("P-0002", Decision.CONDITIONAL, "Pilot only", TODAY, TODAY.plusDays(30));
        assertThat(LifecycleRules.move(underReview, Lifecycle.APPROVED, "P-0003", null, conditional, TODAY).lifecycle())
                .isEqualTo(Lifecycle.APPROVED);
    }

    @Test
    void suspendingAndDecommissioningRecordWhoAndWhy() {
        Agent running = compliant();
        assertThatThrownBy(() -> LifecycleRules.move(running, Lifecycle.SUSPENDED, "P-0003", " ", null, TODAY))
                .hasMessage("AG-0001: say why it is suspended (reason is required)");
        assertThatThrownBy(() -> LifecycleRules.move(running, Lifecycle.DECOMMISSIONED, null, "gone", null, TODAY))
                .hasMessage("AG-0001: say who does this (a person is required)");
        Agent suspended = LifecycleRules.move(running, Lifecycle.SUSPENDED, "P-0003", "Leaked a token", null, TODAY);
        LifecycleEvent e = suspended.history().get(suspended.history().size() - 1);
        assertThat(e.byPersonId()).isEqualTo("P-0003");
        assertThat(e.reason()).isEqualTo("Leaked a token");
        assertThat(e.from()).isEqualTo(Lifecycle.PRODUCTION);
        Agent gone = LifecycleRules.move(suspended, Lifecycle.DECOMMISSIONED, "P-0003", "Replaced", null, TODAY);
        assertThat(gone.lifecycle()).isEqualTo(Lifecycle.DECOMMISSIONED);
    }

    @Test
    void onlyAllowedStepsAndNothingAfterDecommissioning() {
        Agent proposed = compliant().withLifecycle(Lifecycle.PROPOSED);
        assertThatThrownBy(() -> LifecycleRules.move(proposed, Lifecycle.PRODUCTION, "P-0003", null, approvalOf("AG-0001"), TODAY))
                .hasMessageContaining("cannot move from PROPOSED to PRODUCTION");
        Agent gone = compliant().withLifecycle(Lifecycle.DECOMMISSIONED);
        assertThatThrownBy(() -> LifecycleRules.move(gone, Lifecycle.PROPOSED, "P-0003", null, null, TODAY))
                .hasMessageContaining("decommissioned agents stay decommissioned");
        assertThat(LifecycleRules.move(proposed, Lifecycle.UNDER_REVIEW, "P-0003", null, null, TODAY).lifecycle())
                .isEqualTo(Lifecycle.UNDER_REVIEW);
        assertThat(LifecycleRules.nextSteps(Lifecycle.SUSPENDED)).contains(Lifecycle.PRODUCTION, Lifecycle.DECOMMISSIONED);
    }

    @Test
    void triageSanctionsThroughReviewOrBlocks() {
        Agent shadow = compliant().withLifecycle(Lifecycle.PROPOSED)
                .withProvenance(new Provenance(Sanction.SHADOW, DiscoverySource.CASB_LOG, null, null));
        Agent review = LifecycleRules.sanctionRequested(shadow, "P-0003", null, TODAY);
        assertThat(review.lifecycle()).isEqualTo(Lifecycle.UNDER_REVIEW);
        assertThat(review.provenance().sanction()).isEqualTo(Sanction.SHADOW);
        Agent approved = LifecycleRules.move(review, Lifecycle.APPROVED, "P-0003", null, approvalOf("AG-0001"), TODAY);
        assertThat(approved.provenance().sanction()).isEqualTo(Sanction.SANCTIONED);
        assertThat(approved.provenance().discoverySource()).isEqualTo(DiscoverySource.CASB_LOG);

        assertThatThrownBy(() -> LifecycleRules.block(shadow, "P-0003", "", TODAY)).hasMessageContaining("say why it is blocked");
        Agent blocked = LifecycleRules.block(shadow, "P-0003", "Sends client data to an unvetted vendor", TODAY);
        assertThat(blocked.provenance().sanction()).isEqualTo(Sanction.BLOCKED);
        assertThat(blocked.history().get(0).kind()).isEqualTo(LifecycleEvent.Kind.SANCTION);
        assertThat(LifecycleRules.block(compliant(), "P-0003", "Breach", TODAY).lifecycle()).isEqualTo(Lifecycle.SUSPENDED);
        assertThatThrownBy(() -> LifecycleRules.sanctionRequested(compliant(), "P-0003", null, TODAY)).hasMessageContaining("already sanctioned");
    }

    @Test
    void markReviewedNeedsANoteAndMovesTheNextDueDate() {
        assertThatThrownBy(() -> LifecycleRules.reviewed(compliant(), "P-0003", "", TODAY)).hasMessageContaining("add a note");
        Agent r = LifecycleRules.reviewed(compliant(), "P-0003", "Access still least-privilege", TODAY);
        assertThat(r.review().lastReview()).isEqualTo(TODAY);
        assertThat(r.review().nextDue()).contains(TODAY.plusMonths(12));
        assertThat(r.history().get(0).reason()).isEqualTo("Access still least-privilege");
    }
}
