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
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RoadmapTask;

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

    public static final EntityKind<ClauseApplicability> APPLICABILITY =
            new EntityKind<>("clause_applicability", "clause_applicability", ClauseApplicability.class);
    public static final EntityKind<AiActClassification> AI_ACT_CLASSIFICATION =
            new EntityKind<>("ai_act_classification", "ai_act_classification", AiActClassification.class);
    public static final EntityKind<ObligationRecord> OBLIGATION =
            new EntityKind<>("obligation_record", "obligation_record", ObligationRecord.class);

    public static final List<EntityKind<?>> ALL =
            List.of(PERSON, AGENT, CATEGORY, RISK, CONTROL, MAPPING, TASK, APPROVAL, INCIDENT, EVIDENCE,
                    APPLICABILITY, AI_ACT_CLASSIFICATION, OBLIGATION);

    private EntityKinds() {
    }
}
