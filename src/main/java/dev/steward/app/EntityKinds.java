package dev.steward.app;

import dev.steward.domain.Agent;
import dev.steward.domain.AiActClassification;
import dev.steward.domain.Approval;
import dev.steward.domain.ClauseApplicability;
import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.Incident;
import dev.steward.domain.Mapping;
import dev.steward.domain.ObligationRecord;
import dev.steward.domain.Person;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.WorkshopRound;
import dev.steward.domain.scoring.ScoringMatrix;
import dev.steward.domain.suggest.SuggestionDecision;

import java.util.List;

/** Every kind of entity a register holds, with the table it lives in. */
public final class EntityKinds {
    public static final EntityKind<Person> PERSON = new EntityKind<>("person", "person", Person.class);
    public static final EntityKind<Agent> AGENT = new EntityKind<>("agent", "agent", Agent.class);
    public static final EntityKind<RiskCategory> CATEGORY =
            new EntityKind<>("risk_category", "risk_category", RiskCategory.class);
    public static final EntityKind<Risk> RISK = new EntityKind<>("risk", "risk", Risk.class);
    public static final EntityKind<Control> CONTROL = new EntityKind<>("control", "control", Control.class);
    public static final EntityKind<Mapping> MAPPING = new EntityKind<>("mapping", "mapping", Mapping.class);
    public static final EntityKind<RoadmapTask> TASK = new EntityKind<>("roadmap_task", "roadmap_task", RoadmapTask.class);
    public static final EntityKind<Approval> APPROVAL = new EntityKind<>("approval", "approval", Approval.class);
    public static final EntityKind<Incident> INCIDENT = new EntityKind<>("incident", "incident", Incident.class);
    public static final EntityKind<Evidence> EVIDENCE = new EntityKind<>("evidence", "evidence", Evidence.class);
    /** The register's scoring matrix: one row, id "default" (absent means the default 5x5). */
    public static final EntityKind<ScoringMatrix> SCORING_MATRIX =
            new EntityKind<>("scoring_matrix", "scoring_matrix", ScoringMatrix.class);
    public static final EntityKind<WorkshopRound> WORKSHOP_ROUND =
            new EntityKind<>("workshop_round", "workshop_round", WorkshopRound.class);
    public static final EntityKind<SuggestionDecision> SUGGESTION_DECISION =
            new EntityKind<>("suggestion_decision", "suggestion_decision", SuggestionDecision.class);
    public static final EntityKind<dev.steward.domain.RecurringActivity> ACTIVITY =
            new EntityKind<>("recurring_activity", "recurring_activity", dev.steward.domain.RecurringActivity.class);

    /** Register-wide policy limits: one row, id "default". */
    public static final EntityKind<PolicyLimits> POLICY_LIMITS =
            new EntityKind<>("policy_limits", "policy_limits", PolicyLimits.class);

    public static final EntityKind<ClauseApplicability> APPLICABILITY =
            new EntityKind<>("clause_applicability", "clause_applicability", ClauseApplicability.class);
    public static final EntityKind<AiActClassification> AI_ACT_CLASSIFICATION =
            new EntityKind<>("ai_act_classification", "ai_act_classification", AiActClassification.class);
    public static final EntityKind<ObligationRecord> OBLIGATION =
            new EntityKind<>("obligation_record", "obligation_record", ObligationRecord.class);

    public static final List<EntityKind<?>> ALL =
            List.of(PERSON, AGENT, CATEGORY, RISK, CONTROL, MAPPING, TASK, APPROVAL, INCIDENT, EVIDENCE,
                    SCORING_MATRIX, WORKSHOP_ROUND, SUGGESTION_DECISION, ACTIVITY, POLICY_LIMITS,
                    APPLICABILITY, AI_ACT_CLASSIFICATION, OBLIGATION);

    private EntityKinds() {
    }
}
