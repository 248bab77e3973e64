package dev.steward.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/** A risk in cause / event / consequence form, scored before (inherent) and after (residual) its controls. */
public record Risk(
        String id,
        String title,
        String cause,
        String event,
        String consequence,
        String categoryCode,
        List<String> affectedAgentIds,
        String ownerId,
        Rating inherent,
        List<String> linkedControlIds,
        Rating residual,
        Treatment treatment,
        String treatmentPlan,
        LocalDate treatmentDue,
        RiskStatus status,
        RiskAcceptance acceptance,
        List<String> threatRefs) implements Entity {

    // catalog id, colon, threat id: "owasp-agentic-threats:T2", "mitre-atlas:AML.T0051"
    private static final Pattern THREAT_REF = Pattern.compile("[a-z0-9][a-z0-9._-]*:\\S+");

    public Risk {
        Ids.require(Ids.RISK, id, "risk id");
        Check.text(title, "risk title");
        RiskCategory.requireCode(categoryCode, "risk categoryCode");
        affectedAgentIds = Check.ids(affectedAgentIds, Ids.AGENT, "risk affectedAgentIds");
        Ids.optional(Ids.PERSON, ownerId, "risk ownerId");
        Check.notNull(inherent, "risk inherent rating");
        linkedControlIds = Check.ids(linkedControlIds, Ids.CONTROL, "risk linkedControlIds");
        status = status == null ? RiskStatus.OPEN : status;
        if (status == RiskStatus.ACCEPTED && acceptance == null) {
            throw new IllegalArgumentException("risk acceptance is required when status is ACCEPTED");
        }
        threatRefs = Check.list(threatRefs, "risk threatRefs");
        for (String ref : threatRefs) {
            if (!THREAT_REF.matcher(ref).matches()) {
                throw new IllegalArgumentException("risk threatRefs entry must look like owasp-agentic-threats:T2: '" + ref + "'");
            }
        }
        Check.noDuplicates(threatRefs, "risk threatRefs");
    }

    /** The rating that counts now: residual once assessed, else inherent. */
    public Rating currentRating() {
        return residual != null ? residual : inherent;
    }

    public boolean exceedsTolerance(int tolerance) {
        return currentRating().score() > tolerance;
    }

    /** Out of tolerance until treated down or formally accepted (with an acceptance valid on that day). */
    public boolean outOfTolerance(int tolerance, LocalDate today) {
        return status != RiskStatus.CLOSED && exceedsTolerance(tolerance)
                && (acceptance == null || !acceptance.isValidOn(today));
    }

    public Risk withResidual(Rating next) {
        return new Risk(id, title, cause, event, consequence, categoryCode, affectedAgentIds, ownerId, inherent,
                linkedControlIds, next, treatment, treatmentPlan, treatmentDue, status, acceptance, threatRefs);
    }

    public Risk accepted(RiskAcceptance by) {
        return new Risk(id, title, cause, event, consequence, categoryCode, affectedAgentIds, ownerId, inherent,
                linkedControlIds, residual, Treatment.ACCEPT, treatmentPlan, treatmentDue, RiskStatus.ACCEPTED,
                Check.notNull(by, "risk acceptance"), threatRefs);
    }
}
