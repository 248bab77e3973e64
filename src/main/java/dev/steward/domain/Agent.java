package dev.steward.domain;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An AI agent treated as a contractor: a non-human identity with an owner, least-privilege access,
 * a review date, an audit trail and a blast radius. Details live in small records so this one stays readable.
 * Missing groups become their "nothing known" value, so callers never see null groups (except blastRadius,
 * which is null until assessed).
 */
public record Agent(
        String id,
        String name,
        String purpose,
        String businessUnit,
        Lifecycle lifecycle,
        Provenance provenance,
        Platform platform,
        AutonomyLevel autonomy,
        AgentIdentity identity,
        Set<DataClass> dataClasses,
        List<ToolAction> tools,
        RuntimeLimits limits,
        LoggingSetup logging,
        BlastRadius blastRadius,
        AiActProfile aiAct,
        Accountability accountability,
        ReviewSchedule review,
        Sighting sighting,
        List<LifecycleEvent> history) implements Entity {

    public Agent {
        Ids.require(Ids.AGENT, id, "agent id");
        Check.text(name, "agent name");
        Check.notNull(autonomy, "agent autonomy");
        lifecycle = lifecycle == null ? Lifecycle.PROPOSED : lifecycle;
        provenance = provenance == null ? Provenance.manual() : provenance;
        platform = platform == null ? Platform.unknown() : platform;
        identity = identity == null ? AgentIdentity.unknown() : identity;
        dataClasses = Check.enumSet(dataClasses, DataClass.class, "agent dataClasses");
        tools = Check.list(tools, "agent tools");
        Check.noDuplicates(tools.stream().map(ToolAction::name).toList(), "agent tool names");
        limits = limits == null ? RuntimeLimits.none() : limits;
        logging = logging == null ? LoggingSetup.none() : logging;
        aiAct = aiAct == null ? AiActProfile.unclassified() : aiAct;
        accountability = accountability == null ? Accountability.none() : accountability;
        review = review == null ? ReviewSchedule.forTier(aiAct.riskTier(), null) : review;
        history = Check.list(history, "agent history");
    }

    /** Without discovery data or history: registers written before those fields existed read the same way. */
    public Agent(String id, String name, String purpose, String businessUnit, Lifecycle lifecycle, Provenance provenance,
                 Platform platform, AutonomyLevel autonomy, AgentIdentity identity, Set<DataClass> dataClasses,
                 List<ToolAction> tools, RuntimeLimits limits, LoggingSetup logging, BlastRadius blastRadius,
                 AiActProfile aiAct, Accountability accountability, ReviewSchedule review) {
        this(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity, dataClasses, tools,
                limits, logging, blastRadius, aiAct, accountability, review, null, List.of());
    }

    /** A proposed, manually registered agent with nothing else known: for tests, imports and "New agent". */
    public static Agent minimal(String id, String name) {
        return new Agent(id, name, null, null, Lifecycle.PROPOSED, null, null, AutonomyLevel.SUGGESTS_ONLY,
                null, null, null, null, null, null, null, null, null);
    }

    public Optional<String> owner() {
        return Optional.ofNullable(accountability.ownerId());
    }

    public List<ToolAction> highImpactActionsWithoutGate() {
        return tools.stream().filter(ToolAction::ungatedHighImpact).toList();
    }

    /** Review is only due while the agent is in service; proposals and decommissioned agents are exempt. */
    public boolean reviewOverdue(LocalDate today) {
        return lifecycle.inService() && review.isOverdue(today);
    }

    public boolean shadowRunning() {
        return provenance.sanction() == Sanction.SHADOW && lifecycle.running();
    }

    public boolean tokenLongerThan(Duration limit) {
        return identity.tokenLongerThan(limit);
    }

    public Agent withLifecycle(Lifecycle next) {
        return new Agent(id, name, purpose, businessUnit, Check.notNull(next, "agent lifecycle"), provenance, platform,
                autonomy, identity, dataClasses, tools, limits, logging, blastRadius, aiAct, accountability, review, sighting, history);
    }

    public Agent withAccountability(Accountability next) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity,
                dataClasses, tools, limits, logging, blastRadius, aiAct, next, review, sighting, history);
    }

    public Agent withIdentity(AgentIdentity next) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, next,
                dataClasses, tools, limits, logging, blastRadius, aiAct, accountability, review, sighting, history);
    }

    public Agent withTools(List<ToolAction> next) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity,
                dataClasses, next, limits, logging, blastRadius, aiAct, accountability, review, sighting, history);
    }

    /** Reclassifying also resets the cadence to the new tier's default, keeping the last review date. */
    public Agent withAiAct(AiActProfile next) {
        AiActProfile profile = next == null ? AiActProfile.unclassified() : next;
        ReviewSchedule schedule = ReviewSchedule.forTierAndAutonomy(profile.riskTier(), autonomy, review.lastReview());
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity,
                dataClasses, tools, limits, logging, blastRadius, profile, accountability, schedule, sighting, history);
    }

    public Agent withProvenance(Provenance next) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, Check.notNull(next, "agent provenance"), platform,
                autonomy, identity, dataClasses, tools, limits, logging, blastRadius, aiAct, accountability, review,
                sighting, history);
    }

    public Agent withSighting(Sighting next) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity,
                dataClasses, tools, limits, logging, blastRadius, aiAct, accountability, review, next, history);
    }

    public Agent withReview(ReviewSchedule next) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity,
                dataClasses, tools, limits, logging, blastRadius, aiAct, accountability,
                Check.notNull(next, "agent review"), sighting, history);
    }

    /** The agent after a recorded step: lifecycle and sanction as the event says, the event appended. */
    public Agent after(LifecycleEvent event) {
        List<LifecycleEvent> next = new java.util.ArrayList<>(history);
        next.add(Check.notNull(event, "lifecycle event"));
        Provenance p = new Provenance(event.sanction(), provenance.discoverySource(), provenance.provisionedBy(),
                provenance.provisionedOn());
        return new Agent(id, name, purpose, businessUnit, event.to(), p, platform, autonomy, identity,
                dataClasses, tools, limits, logging, blastRadius, aiAct, accountability, review, sighting, next);
    }

    public Agent reviewedOn(LocalDate day) {
        return new Agent(id, name, purpose, businessUnit, lifecycle, provenance, platform, autonomy, identity,
                dataClasses, tools, limits, logging, blastRadius, aiAct, accountability, review.reviewedOn(day), sighting, history);
    }
}
