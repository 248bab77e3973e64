package dev.steward.domain;

import dev.steward.domain.aiact.AiActAnswers;
import dev.steward.domain.aiact.AiActClassifier;

import java.time.LocalDate;
import java.util.List;

/**
 * How an agent was classified under the EU AI Act: the answers, the result and the reasons, who and when.
 * One per agent; its id is the agent's id. The agent's own {@link AiActProfile} is set from {@code result}
 * in the same edit.
 */
public record AiActClassification(String id, AiActAnswers answers, AiActProfile result, List<String> reasons,
                                  String classifiedBy, LocalDate classifiedOn) implements Entity {

    public AiActClassification {
        Ids.require(Ids.AGENT, id, "classification agent id");
        Check.notNull(answers, "classification answers");
        Check.notNull(result, "classification result");
        reasons = Check.list(reasons, "classification reasons");
        Check.text(classifiedBy, "classification classifiedBy");
        Check.notNull(classifiedOn, "classification classifiedOn");
    }

    public static AiActClassification of(String agentId, AiActAnswers answers, String by, LocalDate on) {
        AiActClassifier.Outcome outcome = AiActClassifier.classify(answers);
        return new AiActClassification(agentId, answers, outcome.profile(), outcome.reasons(), by, on);
    }
}
