package dev.steward.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Something an agent did or suffered that needed a response; serious incidents must be reported (EU AI Act Art. 73). */
public record Incident(
        String id,
        String title,
        List<String> agentIds,
        Instant detectedAt,
        Severity severity,
        String description,
        List<TimelineEntry> timeline,
        IncidentStatus status,
        String rootCause,
        List<String> linkedRiskIds,
        List<String> linkedControlIds,
        String lessonsLearned,
        boolean seriousIncident) implements Entity {

    /**
     * Art. 73(2): report no later than 15 days after becoming aware. Shorter limits apply to widespread
     * infringements or critical infrastructure (2 days) and deaths (10 days); the committee records those
     * in the timeline, the register tracks the general limit.
     */
    public static final Duration SERIOUS_INCIDENT_REPORTING_LIMIT = Duration.ofDays(15);

    public Incident {
        Ids.require(Ids.INCIDENT, id, "incident id");
        Check.text(title, "incident title");
        agentIds = Check.ids(agentIds, Ids.AGENT, "incident agentIds");
        Check.notNull(detectedAt, "incident detectedAt");
        Check.notNull(severity, "incident severity");
        timeline = Check.list(timeline, "incident timeline");
        status = status == null ? IncidentStatus.OPEN : status;
        if (status == IncidentStatus.CLOSED && (rootCause == null || rootCause.isBlank())) {
            throw new IllegalArgumentException("incident rootCause is required to close it");
        }
        linkedRiskIds = Check.ids(linkedRiskIds, Ids.RISK, "incident linkedRiskIds");
        linkedControlIds = Check.ids(linkedControlIds, Ids.CONTROL, "incident linkedControlIds");
    }

    public Optional<Instant> reportingDeadline() {
        return seriousIncident ? Optional.of(detectedAt.plus(SERIOUS_INCIDENT_REPORTING_LIMIT)) : Optional.empty();
    }

    /** Adds an entry, keeping the timeline in time order. */
    public Incident withTimelineEntry(TimelineEntry entry) {
        List<TimelineEntry> next = new ArrayList<>(timeline);
        next.add(Check.notNull(entry, "timeline entry"));
        next.sort(Comparator.comparing(TimelineEntry::at));
        return new Incident(id, title, agentIds, detectedAt, severity, description, next, status, rootCause,
                linkedRiskIds, linkedControlIds, lessonsLearned, seriousIncident);
    }
}
