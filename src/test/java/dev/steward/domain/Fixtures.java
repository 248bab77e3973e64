package dev.steward.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Fully populated, valid instances of every entity; tests derive bad variants from these. */
public final class Fixtures {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    static final Instant AT = Instant.parse("2026-09-01T10:00:00Z");

    private Fixtures() {
    }

    public static Person person() {
        return new Person("P-0001", "Zoë Łukasiewicz", "CISO", "Security", "zoe@example.com", CommitteeRole.SECURITY);
    }

    public static Agent agent() {
        return new Agent("AG-0001", "Ledger reconciler", "Matches bank statements to the ledger", "Finance",
                Lifecycle.PRODUCTION,
                new Provenance(Sanction.SANCTIONED, DiscoverySource.MANUAL, "P-0002", LocalDate.of(2026, 3, 2)),
                new Platform("Anthropic", "claude-sonnet", "AWS eu-central-1"),
                AutonomyLevel.HUMAN_APPROVES_HIGH_IMPACT,
                new AgentIdentity("svc-recon", "OAuth client credentials", Duration.ofHours(1), LocalDate.of(2026, 8, 1),
                        false, List.of(new Privilege("SAP FI", AccessLevel.WRITE), new Privilege("Bank portal", AccessLevel.READ))),
                Set.of(DataClass.FINANCIAL, DataClass.CONFIDENTIAL),
                List.of(new ToolAction("post journal entry", HighImpactKind.FINANCIAL_TRANSACTION, true),
                        ToolAction.routine("read statement")),
                new RuntimeLimits(new BigDecimal("1500.00"), "EUR", 60, "Only during business hours"),
                new LoggingSetup(true, true, true, 365),
                new BlastRadius(4, "Could post wrong entries across all ledgers"),
                new AiActProfile(AiActRole.DEPLOYER, AiActRiskTier.MINIMAL, null),
                new Accountability("P-0002", "P-0001", "P-0003", "P-0004"),
                new ReviewSchedule(LocalDate.of(2026, 6, 1), 12),
                new Sighting(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 8, 30), 14),
                List.of(new LifecycleEvent(LifecycleEvent.Kind.LIFECYCLE, LocalDate.of(2026, 3, 20), "P-0001",
                        Lifecycle.APPROVED, Lifecycle.PRODUCTION, Sanction.SANCTIONED, "Pilot went well", "AP-0001")));
    }

    public static PolicyLimits policyLimits() {
        return new PolicyLimits(PolicyLimits.ID, Duration.ofHours(12), 60);
    }

    public static RiskCategory category() {
        return new RiskCategory("EXEC", null, "Execution boundary", "Agents acting beyond their mandate", 8);
    }

    public static Risk risk() {
        return new Risk("R-0001", "Unapproved payment", "No approval gate", "Agent posts a payment", "Financial loss",
                "EXEC", List.of("AG-0001"), "P-0002", new Rating(4, 5), List.of("C-0001"), new Rating(2, 5),
                Treatment.ACCEPT, "Add a gate", LocalDate.of(2026, 12, 1), RiskStatus.ACCEPTED,
                new RiskAcceptance("P-0004", DAY, LocalDate.of(2027, 3, 1)), List.of("owasp-agentic-threats:T2"));
    }

    public static Control control() {
        return new Control("C-0001", "Manual approval of financial transactions", "A human approves every payment",
                ControlKind.PREVENTIVE, ControlNature.PROCEDURAL, "P-0002", ImplementationStatus.IMPLEMENTED,
                Effectiveness.EFFECTIVE, false, List.of("AG-0001"), TestFrequency.QUARTERLY, DAY, List.of("EV-0001"));
    }

    public static Mapping mapping() {
        return new Mapping("M-0001", "C-0001", "iso-42001", "A.9.2", Relation.SUBSET, "Covers human oversight of use");
    }

    public static RoadmapTask task() {
        return new RoadmapTask("T-0002", Phase.FOUNDATION, "Scan for agents", "Include shadow AI", "P-0001",
                LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 25), TaskStatus.BLOCKED, "Waiting for CASB export",
                List.of("T-0001"), List.of("EV-0001"), List.of("C-0001"), List.of("AG-0001"), "Inventory with discovery sources");
    }

    public static RecurringActivity activity() {
        return new RecurringActivity("RA-0001", "Access review of every agent", "Owners confirm privileges", "P-0001",
                Cadence.QUARTERLY, LocalDate.of(2026, 12, 2), LocalDate.of(2028, 12, 31), true, "Signed review per agent");
    }

    public static Approval approval() {
        return new Approval("AP-0001", ApprovalSubject.AGENT_ONBOARDING, "AG-0001", "P-0002", "P-0001",
                Decision.CONDITIONAL, "Pilot only, with daily log review", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 9, 3), LocalDate.of(2026, 12, 31));
    }

    public static Incident incident() {
        return new Incident("IN-0001", "Payment posted twice", List.of("AG-0001"), AT, Severity.HIGH, "Duplicate entry",
                List.of(new TimelineEntry(AT, "Detected by reconciliation"), new TimelineEntry(AT.plusSeconds(3600), "Agent suspended")),
                IncidentStatus.CLOSED, "Retry without idempotency key", List.of("R-0001"), List.of("C-0001"),
                "Use idempotency keys", true);
    }

    public static Evidence evidence() {
        return new Evidence("EV-0001", "approval-log.pdf", "application/pdf", 12_345, "a".repeat(64), "P-0001", AT,
                LocalDate.of(2027, 9, 1), new EvidenceLink("Control", "C-0001"));
    }

    public static ChangeEntry change() {
        return ChangeEntry.chained(1, AT, "zoe (Zoë Łukasiewicz)", "Agent", "AG-0001", ChangeAction.UPDATE,
                "{\"name\":\"a\"}", "{\"name\":\"b\"}", ChangeEntry.GENESIS_HASH);
    }

    public static dev.steward.domain.scoring.ScoringMatrix scoringMatrix() {
        return dev.steward.domain.scoring.ScoringMatrix.defaultMatrix();
    }

    public static WorkshopRound workshopRound() {
        return new WorkshopRound("WR-0001", "R-0001", "RESIDUAL", DAY, "P-0001",
                List.of(new WorkshopVote("P-0001", new Rating(2, 5)), new WorkshopVote("P-0002", new Rating(3, 4))),
                new Rating(3, 5), "Split on likelihood; chair took the cautious view");
    }

    public static dev.steward.domain.suggest.SuggestionDecision suggestionDecision() {
        return new dev.steward.domain.suggest.SuggestionDecision("ungated-payments@AG-0001", "ungated-payments", "AG-0001",
                true, "R-0001", DAY, null);
    }
}
