package dev.steward.app;

import dev.steward.domain.Rating;
import dev.steward.domain.Risk;
import dev.steward.domain.WorkshopRound;
import dev.steward.domain.WorkshopVote;
import dev.steward.domain.scoring.RatingView;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Records a workshop round: the members' votes and the chair's consensus as a WorkshopRound, and
 * the consensus as the risk's new inherent or residual rating, in one edit, so the change log shows
 * who voted what next to the rating it set.
 */
public final class WorkshopService {
    private final Clock clock;

    public WorkshopService(Clock clock) {
        this.clock = clock;
    }

    public WorkshopRound record(OpenedRegister o, Risk risk, RatingView target, String chairId, List<WorkshopVote> votes,
                                Rating consensus, String note) {
        Risk stored = o.register().find(EntityKinds.RISK, risk.id())
                .orElseThrow(() -> new IllegalArgumentException("risk " + risk.id() + " is no longer in the register"));
        var matrix = RiskService.matrix(o.register());
        if (!matrix.fits(consensus)) {
            throw new IllegalArgumentException("consensus " + consensus.likelihood() + "x" + consensus.impact()
                    + " is off the " + matrix.size() + "x" + matrix.size() + " matrix");
        }
        String id = RiskService.nextId(o.register(), EntityKinds.WORKSHOP_ROUND, WorkshopRound.PREFIX);
        WorkshopRound round = new WorkshopRound(id, stored.id(), target.name(), LocalDate.now(clock), chairId, votes,
                consensus, note == null || note.isBlank() ? null : note.strip());
        Risk rescored = target == RatingView.RESIDUAL ? stored.withResidual(consensus) : withInherent(stored, consensus);
        o.history().perform(Edit.of("Workshop: " + target.label().toLowerCase(java.util.Locale.ROOT) + " of " + stored.id()
                        + " set to " + consensus.likelihood() + "x" + consensus.impact() + " (" + votes.size() + " votes)",
                EntityChange.create(EntityKinds.WORKSHOP_ROUND, round), EntityChange.update(EntityKinds.RISK, stored, rescored)));
        return round;
    }

    static Risk withInherent(Risk r, Rating inherent) {
        return new Risk(r.id(), r.title(), r.cause(), r.event(), r.consequence(), r.categoryCode(), r.affectedAgentIds(),
                r.ownerId(), inherent, r.linkedControlIds(), r.residual(), r.treatment(), r.treatmentPlan(), r.treatmentDue(),
                r.status(), r.acceptance(), r.threatRefs());
    }
}
