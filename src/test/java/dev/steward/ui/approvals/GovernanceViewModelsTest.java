package dev.steward.ui.approvals;

import dev.steward.app.Actor;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.app.agents.AgentService;
import dev.steward.app.agents.PolicyService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Approval;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.CommitteeRole;
import dev.steward.domain.Decision;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.policy.PolicyRule;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.people.PeopleViewModel;
import dev.steward.ui.violations.ViolationsViewModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** Approvals, people with the RACI view, and violations with the policy limits, on the demo register. */
class GovernanceViewModelsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    OpenedRegister opened;
    final RecordingDialogs dialogs = new RecordingDialogs();
    final SameThreadTaskRunner tasks = new SameThreadTaskRunner();

    @BeforeEach
    void setUp() {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(), new Actor("t", null));
        registers.writeDemo(dir.resolve("d.steward"));
        opened = registers.open(dir.resolve("d.steward"));
    }

    @AfterEach
    void tearDown() {
        opened.register().close();
    }

    @Test
    void decidingARequestEnforcesSegregationOfDutiesAndConditions() {
        ApprovalsViewModel vm = new ApprovalsViewModel(tasks, dialogs, new AgentService(CLOCK));
        vm.reload(opened);
        int before = vm.rows().size();
        vm.requestAgent.set("AG-0012");
        vm.requestedBy.set("P-0008");
        vm.requestSubject.set(ApprovalSubject.AGENT_ONBOARDING);
        vm.request();
        vm.reload(opened);
        assertThat(vm.rows()).hasSize(before + 1);
        ApprovalsViewModel.Row pending = vm.rows().stream().filter(r -> r.approval().decision() == Decision.PENDING
                && r.approval().subjectId().equals("AG-0012")).findFirst().orElseThrow();
        assertThat(pending.status()).isEqualTo("Awaiting decision since 2026-11-23");
        vm.selectedProperty().set(pending);
        vm.approver.set("P-0008");
        assertThat(vm.problemProperty().get()).isEqualTo("The approver cannot be the requester (segregation of duties).");
        assertThat(vm.canDecideProperty().get()).isFalse();
        vm.approver.set("P-0001");
        vm.decision.set(Decision.CONDITIONAL);
        assertThat(vm.problemProperty().get()).isEqualTo("A conditional approval needs its conditions.");
        vm.conditions.set("Pilot with ten brokers only");
        vm.expiry.set(LocalDate.of(2026, 11, 1));
        assertThat(vm.problemProperty().get()).startsWith("The expiry must be after today");
        vm.expiry.set(LocalDate.of(2027, 2, 28));
        assertThat(vm.canDecideProperty().get()).isTrue();
        vm.decide();
        Approval stored = opened.register().find(EntityKinds.APPROVAL, pending.approval().id()).orElseThrow();
        assertThat(stored.decision()).isEqualTo(Decision.CONDITIONAL);
        assertThat(stored.approverId()).isEqualTo("P-0001");
        assertThat(stored.conditions()).isEqualTo("Pilot with ten brokers only");
        assertThat(stored.expiry()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(dialogs.shown).isEmpty();
    }

    @Test
    void raciViewMarksAgentsWithoutOwnerOrApproverAndCommitteeIsListed() {
        PeopleViewModel vm = new PeopleViewModel(tasks, dialogs);
        vm.reload(opened);
        assertThat(vm.people()).hasSize(11);
        assertThat(vm.committee()).isNotEmpty().allMatch(p -> p.committeeRole() != CommitteeRole.NONE);
        PeopleViewModel.RaciRow quickCode = vm.raci().stream().filter(r -> r.agentId().equals("AG-0010")).findFirst().orElseThrow();
        assertThat(quickCode.noOwner()).isTrue();
        assertThat(vm.raci()).noneMatch(r -> r.agentId().equals("AG-0011")); // decommissioned
        assertThat(vm.gapsProperty().get()).matches("\\d+ agents? without an owner · \\d+ without an approver");
        vm.selectedProperty().set(vm.people().get(0));
        vm.title.set("Group Chief Risk Officer");
        vm.save();
        assertThat(opened.register().find(EntityKinds.PERSON, vm.people().get(0).id()).orElseThrow().title()).isEqualTo("Group Chief Risk Officer");
        vm.startNew();
        vm.name.set("Ines Okafor");
        vm.email.set("not-an-email");
        vm.save();
        assertThat(dialogs.shown).singleElement().asString().contains("does not look like an e-mail address");
    }

    @Test
    void untilTheirChecksAreDoneTheViolationsSayTheyAreCheckingNotThatThereAreNone() {
        var later = new dev.steward.app.QueuedTaskRunner();
        ViolationsViewModel vm = new ViolationsViewModel(later, dialogs, new PolicyService(CLOCK));
        vm.reload(opened);
        assertThat(vm.readingProperty().get()).isTrue();
        assertThat(vm.rows()).isEmpty();
        later.runNext();
        assertThat(vm.readingProperty().get()).isFalse();
        assertThat(vm.rows()).isNotEmpty();
        vm.reload(opened); // re-checked after an edit: what is shown stays a finding meanwhile
        assertThat(vm.readingProperty().get()).isFalse();
    }

    @Test
    void violationsListEveryRuleBrokenMostSevereFirstAndLimitsAreEditable() {
        ViolationsViewModel vm = new ViolationsViewModel(tasks, dialogs, new PolicyService(CLOCK));
        vm.reload(opened);
        assertThat(vm.rows()).isNotEmpty();
        assertThat(vm.rows().get(0).violation().severity()).isEqualTo(dev.steward.domain.Severity.CRITICAL);
        assertThat(vm.summaryProperty().get()).contains("critical");
        assertThat(vm.maxTokenHours.get()).isEqualTo("24");
        long tokenRules = vm.rows().stream().filter(r -> r.violation().rule() == PolicyRule.TOKEN_LIFETIME_OVER_LIMIT).count();
        vm.filterProperty().set("pol-003");
        assertThat(vm.rows()).hasSize((int) tokenRules);
        vm.maxTokenHours.set("2200");
        vm.saveLimits();
        assertThat(opened.register().find(EntityKinds.POLICY_LIMITS, PolicyLimits.ID)).get()
                .extracting(PolicyLimits::maxTokenLifetime).isEqualTo(Duration.ofHours(2200));
        vm.reload(opened);
        assertThat(vm.rows()).noneMatch(r -> r.violation().rule() == PolicyRule.TOKEN_LIFETIME_OVER_LIMIT);
        vm.maxTokenHours.set("soon");
        vm.saveLimits();
        assertThat(dialogs.shown).singleElement().asString().contains("must be whole numbers");
    }
}
