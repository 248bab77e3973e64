package dev.steward.ui.agents;

import dev.steward.app.Actor;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.app.agents.AgentService;
import dev.steward.app.agents.PolicyService;
import dev.steward.app.inventory.AgentImportService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Agent;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.ApprovalSubject;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Sanction;
import dev.steward.importing.InventoryFiles;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The agent table and page, without the FX toolkit, on the demo register. */
class AgentsViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    OpenedRegister opened;
    AgentsViewModel vm;
    AgentEditorViewModel editor;
    final RecordingDialogs dialogs = new RecordingDialogs();

    @BeforeEach
    void setUp() {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(), new Actor("tester", null));
        registers.writeDemo(dir.resolve("demo.steward"));
        opened = registers.open(dir.resolve("demo.steward"));
        vm = new AgentsViewModel(new SameThreadTaskRunner(), dialogs, new AgentService(CLOCK), new PolicyService(CLOCK),
                new AgentImportService(new InventoryFiles(), CLOCK));
        vm.reload(opened);
        editor = vm.editor();
    }

    @AfterEach
    void tearDown() {
        opened.register().close();
    }

    private AgentRow row(String id) {
        return vm.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }

    private Agent stored(String id) {
        return opened.register().find(EntityKinds.AGENT, id).orElseThrow();
    }

    @Test
    void listsEveryAgentWithViolationsAndFiltersOverEveryTextColumn() {
        assertThat(vm.rows()).hasSize(12);
        assertThat(row("AG-0009").violations()).isNotEmpty();
        vm.filterProperty().set("AG-0003");
        assertThat(vm.rows()).extracting(AgentRow::id).containsExactly("AG-0003");
        vm.filterProperty().set("anthropic");
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> "Anthropic".equals(r.agent().platform().vendor()));
        vm.filterProperty().set("shadow");
        assertThat(vm.rows()).isNotEmpty().allMatch(r -> r.agent().provenance().sanction() == Sanction.SHADOW);
        vm.filterProperty().set("under review");
        assertThat(vm.rows()).allMatch(r -> r.agent().lifecycle() == Lifecycle.UNDER_REVIEW);
        vm.filterProperty().set("");
        assertThat(vm.rows()).hasSize(12);
    }

    @Test
    void aFreshlyOpenedAgentIsValidAndUnchangedSoSaveIsDisabled() {
        for (AgentRow r : vm.rows()) {
            vm.open(r);
            assertThat(editor.validProperty().get()).as(r.id() + " " + editor.errors()).isTrue();
            assertThat(editor.dirtyProperty().get()).as(r.id()).isFalse();
        }
    }

    @Test
    void validatesFieldsWithClearMessages() {
        vm.open(row("AG-0001"));
        AgentForm f = editor.form();
        f.name.set("  ");
        assertThat(editor.errors()).containsEntry("name", "Name is required");
        assertThat(editor.validProperty().get()).isFalse();
        f.name.set("Ledger bot");
        f.tokenHours.set("soon");
        assertThat(editor.errors()).containsEntry("tokenHours", "Token lifetime must look like 15m, 1h or 30d (a plain number means hours)");
        f.tokenHours.set("2");
        f.budget.set("100");
        f.currency.set("euro");
        assertThat(editor.errors()).containsEntry("currency", "Currency must be a 3-letter code like EUR when a budget is set");
        f.currency.set("eur");
        f.annexArea.set("Employment");
        assertThat(editor.errors()).containsEntry("annexArea", "An Annex III area applies only to high-risk systems");
        f.aiTier.set(AiActRiskTier.HIGH_RISK);
        f.tools.set("pay | financial transaction | gated\npay");
        assertThat(editor.errors()).containsEntry("tools", "Tool 'pay' is listed twice");
        f.tools.set("pay | teleport");
        assertThat(editor.errors().get("tools")).startsWith("Tool line 1 must read");
        f.tools.set("pay | financial transaction | gated");
        f.privileges.set("SAP | superuser");
        assertThat(editor.errors().get("privileges")).startsWith("Privilege line 1 must read");
        f.privileges.set("SAP | admin");
        f.cadenceMonths.set("48");
        assertThat(editor.errors()).containsEntry("cadenceMonths", "Review cadence must be between 1 and 36 months");
        f.cadenceMonths.set("3");
        assertThat(editor.errors()).isEmpty();
        assertThat(editor.validProperty().get()).isTrue();
        assertThat(editor.dirtyProperty().get()).isTrue();
    }

    @Test
    void savingIsOneUndoableLoggedEditAndTheTableFollows() {
        long log = opened.register().changeLog().size();
        vm.open(row("AG-0001"));
        editor.form().name.set("Ledger Reconciliation Agent v2");
        editor.form().logDecisionPath.set(false);
        editor.save();
        assertThat(dialogs.shown).isEmpty();
        assertThat(stored("AG-0001").name()).isEqualTo("Ledger Reconciliation Agent v2");
        assertThat(stored("AG-0001").logging().decisionPath()).isFalse();
        assertThat(opened.register().changeLog().size()).isEqualTo(log + 1);
        assertThat(editor.dirtyProperty().get()).isFalse();
        vm.reload(opened);
        assertThat(row("AG-0001").agent().name()).isEqualTo("Ledger Reconciliation Agent v2");
        opened.history().undo();
        assertThat(stored("AG-0001").name()).isEqualTo("Ledger Reconciliation Agent");
    }

    @Test
    void revertThrowsAwayUnsavedChanges() {
        vm.open(row("AG-0002"));
        String name = editor.form().name.get();
        editor.form().name.set("Oops");
        editor.revert();
        assertThat(editor.form().name.get()).isEqualTo(name);
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void aNewAgentIsCreatedWithTheNextId() {
        vm.newAgent();
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.form().name.set("Contract summariser");
        editor.save();
        assertThat(stored("AG-0013").name()).isEqualTo("Contract summariser");
    }

    @Test
    void theReviewCadenceDefaultsFromTierAndAutonomy() {
        vm.open(row("AG-0001"));
        editor.form().aiTier.set(AiActRiskTier.HIGH_RISK);
        assertThat(editor.defaultCadenceProperty().get()).isEqualTo("Default for this tier and autonomy: 3 months");
        editor.useDefaultCadence();
        assertThat(editor.form().cadenceMonths.get()).isEqualTo("3");
    }

    @Test
    void lifecycleMovesNeedAnApprovalAndRecordWhoAndWhy() {
        vm.open(row("AG-0001"));
        editor.actingPersonProperty().set("P-0001");
        editor.reasonProperty().set("");
        editor.moveTo(Lifecycle.SUSPENDED, null);
        assertThat(dialogs.shown).singleElement().asString().contains("say why it is suspended");
        editor.reasonProperty().set("Posting errors under investigation");
        editor.moveTo(Lifecycle.SUSPENDED, null);
        assertThat(stored("AG-0001").lifecycle()).isEqualTo(Lifecycle.SUSPENDED);
        assertThat(editor.history().get(0)).contains("Production → Suspended by Zoë Łukasiewicz: Posting errors under investigation");
        dialogs.shown.clear();
        editor.moveTo(Lifecycle.PRODUCTION, null);
        assertThat(dialogs.shown).singleElement().asString().contains("needs a recorded approval");
        editor.moveTo(Lifecycle.PRODUCTION, editor.approvalsInForce().get(0));
        assertThat(stored("AG-0001").lifecycle()).isEqualTo(Lifecycle.PRODUCTION);
    }

    @Test
    void markReviewedWithANoteMovesTheNextDueDate() {
        vm.open(row("AG-0003"));
        editor.actingPersonProperty().set("P-0002");
        editor.reasonProperty().set("Bias tests re-run, fine");
        editor.markReviewed();
        assertThat(stored("AG-0003").review().lastReview()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(editor.nextDueProperty().get()).startsWith("Next review due 2027-");
    }

    @Test
    void triageSanctionsAShadowAgentThroughAnApprovalRequestOrBlocksIt() {
        vm.open(row("AG-0010"));
        assertThat(editor.shadowOrBlocked()).isTrue();
        editor.actingPersonProperty().set("P-0002");
        editor.sanction();
        assertThat(stored("AG-0010").lifecycle()).isEqualTo(Lifecycle.UNDER_REVIEW);
        assertThat(opened.register().all(EntityKinds.APPROVAL)).anyMatch(a -> a.subjectId().equals("AG-0010")
                && a.subject() == ApprovalSubject.AGENT_ONBOARDING && a.requestedById().equals("P-0002"));
        vm.reload(opened);
        vm.open(row("AG-0009"));
        editor.actingPersonProperty().set("P-0002");
        editor.reasonProperty().set("Sends client calls to an unvetted vendor");
        editor.block();
        assertThat(stored("AG-0009").provenance().sanction()).isEqualTo(Sanction.BLOCKED);
        assertThat(stored("AG-0009").lifecycle()).isEqualTo(Lifecycle.SUSPENDED);
    }
}
