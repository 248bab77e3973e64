package dev.steward.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A safeguard the organisation operates; applies to all agents or to the listed ones. */
public record Control(
        String id,
        String name,
        String description,
        ControlKind kind,
        ControlNature nature,
        String ownerId,
        ImplementationStatus status,
        Effectiveness effectiveness,
        boolean appliesToAll,
        List<String> appliesToAgentIds,
        TestFrequency testFrequency,
        LocalDate lastTested,
        List<String> evidenceIds) implements Entity {

    public Control {
        Ids.require(Ids.CONTROL, id, "control id");
        Check.text(name, "control name");
        Check.notNull(kind, "control kind");
        Check.notNull(nature, "control nature");
        Ids.optional(Ids.PERSON, ownerId, "control ownerId");
        status = status == null ? ImplementationStatus.PLANNED : status;
        effectiveness = effectiveness == null ? Effectiveness.NOT_ASSESSED : effectiveness;
        appliesToAgentIds = Check.ids(appliesToAgentIds, Ids.AGENT, "control appliesToAgentIds");
        if (appliesToAll && !appliesToAgentIds.isEmpty()) {
            throw new IllegalArgumentException("control appliesToAgentIds must be empty when appliesToAll is true");
        }
        evidenceIds = Check.ids(evidenceIds, Ids.EVIDENCE, "control evidenceIds");
    }

    public boolean appliesTo(String agentId) {
        return appliesToAll || appliesToAgentIds.contains(agentId);
    }

    /** Empty when there is no test frequency or the control was never tested. */
    public Optional<LocalDate> nextTestDue() {
        if (testFrequency == null || lastTested == null) {
            return Optional.empty();
        }
        return Optional.of(lastTested.plusMonths(testFrequency.months()));
    }

    /** A control in place with a test frequency is overdue when never tested or past its next test date. */
    public boolean testOverdue(LocalDate today) {
        if (testFrequency == null || !status.inPlace()) {
            return false;
        }
        return nextTestDue().map(today::isAfter).orElse(true);
    }
}
