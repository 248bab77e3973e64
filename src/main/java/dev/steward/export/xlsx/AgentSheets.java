package dev.steward.export.xlsx;

import dev.steward.app.pack.AuditPackContent;
import dev.steward.app.pack.RegisterSnapshot;
import dev.steward.domain.AccessLevel;
import dev.steward.domain.Agent;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Sanction;
import dev.steward.domain.ToolAction;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The Agents and Accountability sheets: the inventory of non-human identities and who answers for each. */
final class AgentSheets {
    private AgentSheets() {
    }

    static SheetSpec<Agent> agents(AuditPackContent content) {
        RegisterSnapshot s = content.snapshot();
        var person = s.personNames();
        LocalDate today = content.summary().asOf();
        List<Column<Agent>> columns = List.of(
                Column.text("ID", 10, Agent::id),
                Column.text("Name", 28, Agent::name),
                Column.wrap("Purpose", 40, Agent::purpose),
                Column.text("Business unit", 16, Agent::businessUnit),
                Column.text("Owner", 20, a -> person.apply(a.accountability().ownerId())),
                Column.choice("Lifecycle", 15, Lifecycle.class, Agent::lifecycle),
                Column.choice("Sanction", 12, Sanction.class, a -> a.provenance().sanction()),
                Column.choice("Discovered by", 18, DiscoverySource.class, a -> a.provenance().discoverySource()),
                Column.text("Provisioned by", 20, a -> person.apply(a.provenance().provisionedBy())),
                Column.date("Provisioned on", a -> a.provenance().provisionedOn()),
                Column.text("Vendor", 14, a -> a.platform().vendor()),
                Column.text("Model", 16, a -> a.platform().model()),
                Column.text("Hosting", 16, a -> a.platform().hosting()),
                Column.number("Autonomy level", 10, a -> a.autonomy().level()),
                Column.text("Autonomy", 30, a -> a.autonomy().label()),
                Column.text("Service account", 18, a -> a.identity().serviceAccount()),
                Column.text("Credential type", 18, a -> a.identity().credentialType()),
                Column.number("Token lifetime (hours)", 10, a -> a.identity().tokenLifetime() == null ? null
                        : a.identity().tokenLifetime().toMinutes() / 60.0),
                Column.date("Last credential rotation", a -> a.identity().lastCredentialRotation()),
                Column.text("Human-equivalent privileges", 12, a -> a.identity().humanEquivalentPrivileges()),
                Column.wrap("Privileges", 30, a -> a.identity().privileges().stream()
                        .map(p -> p.system() + " (" + level(p.accessLevel()) + ")").collect(Collectors.joining("; "))),
                Column.wrap("Data classes", 24, a -> a.dataClasses().stream().map(Enum::name).collect(Collectors.joining("; "))),
                Column.wrap("Tools and actions", 40, a -> a.tools().stream().map(AgentSheets::tool).collect(Collectors.joining("; "))),
                Column.number("High-impact actions without approval", 12, a -> a.highImpactActionsWithoutGate().size()),
                Column.number("Monthly budget", 12, a -> a.limits().monthlyBudget()),
                Column.text("Currency", 8, a -> a.limits().currency()),
                Column.number("Rate limit (per minute)", 10, a -> a.limits().rateLimitPerMinute()),
                Column.wrap("Safety preconditions", 30, a -> a.limits().safetyPreconditions()),
                Column.text("Logs tool calls", 9, a -> a.logging().toolCalls()),
                Column.text("Logs inputs and outputs", 9, a -> a.logging().inputsOutputs()),
                Column.text("Logs decision path", 9, a -> a.logging().decisionPath()),
                Column.number("Log retention (days)", 10, a -> a.logging().retentionDays()),
                Column.number("Blast radius (1-5)", 9, a -> a.blastRadius() == null ? null : a.blastRadius().rating()),
                Column.wrap("Blast radius", 30, a -> a.blastRadius() == null ? null : a.blastRadius().text()),
                Column.choice("EU AI Act role", 14, AiActRole.class, a -> a.aiAct().role()),
                Column.choice("EU AI Act risk tier", 16, AiActRiskTier.class, a -> a.aiAct().riskTier()),
                Column.wrap("Annex III area", 30, a -> a.aiAct().annexIIIArea()),
                Column.date("Last review", a -> a.review().lastReview()),
                Column.number("Review cadence (months)", 10, a -> a.review().cadenceMonths()),
                Column.date("Next review due", a -> a.review().nextDue().orElse(null)),
                Column.text("Review overdue", 9, a -> a.reviewOverdue(today)));
        return new SheetSpec<>("Agents", columns, s.agents());
    }

    static SheetSpec<Agent> accountability(AuditPackContent content) {
        RegisterSnapshot s = content.snapshot();
        var person = s.personNames();
        return new SheetSpec<>("Accountability", List.of(
                Column.text("Agent", 10, Agent::id),
                Column.text("Name", 28, Agent::name),
                Column.choice("Lifecycle", 15, Lifecycle.class, Agent::lifecycle),
                Column.text("Owner", 22, a -> orGap(person.apply(a.accountability().ownerId()))),
                Column.text("Approver", 22, a -> orGap(person.apply(a.accountability().approverId()))),
                Column.text("Incident investigator", 22, a -> orGap(person.apply(a.accountability().incidentInvestigatorId()))),
                Column.text("Liability holder", 22, a -> orGap(person.apply(a.accountability().liabilityHolderId()))),
                Column.number("Gaps", 8, a -> gaps(a))), s.agents());
    }

    private static String orGap(String name) {
        return name.isEmpty() ? "MISSING" : name;
    }

    private static int gaps(Agent a) {
        var acc = a.accountability();
        int n = 0;
        for (String id : new String[]{acc.ownerId(), acc.approverId(), acc.incidentInvestigatorId(), acc.liabilityHolderId()}) {
            if (id == null) n++;
        }
        return n;
    }

    private static String level(AccessLevel l) {
        return l == null ? "?" : l.name().toLowerCase();
    }

    private static String tool(ToolAction t) {
        if (t.highImpactKind() == null) return t.name();
        return t.name() + " [" + t.highImpactKind().name() + (t.humanApprovalGate() ? ", human approval" : ", NO approval gate") + "]";
    }
}
