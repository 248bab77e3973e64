package dev.steward.app;

import dev.steward.domain.Control;
import dev.steward.domain.Risk;

import java.util.List;

/** Copies of controls and risks with one field changed (records have no withers for these). */
final class Controls {
    private Controls() {
    }

    static Control withEvidence(Control c, List<String> evidenceIds) {
        return new Control(c.id(), c.name(), c.description(), c.kind(), c.nature(), c.ownerId(), c.status(),
                c.effectiveness(), c.appliesToAll(), c.appliesToAgentIds(), c.testFrequency(), c.lastTested(), evidenceIds);
    }

    static Risk withLinkedControls(Risk r, List<String> controlIds) {
        return new Risk(r.id(), r.title(), r.cause(), r.event(), r.consequence(), r.categoryCode(), r.affectedAgentIds(),
                r.ownerId(), r.inherent(), controlIds, r.residual(), r.treatment(), r.treatmentPlan(), r.treatmentDue(),
                r.status(), r.acceptance(), r.threatRefs());
    }
}
