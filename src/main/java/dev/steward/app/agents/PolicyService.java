package dev.steward.app.agents;

import dev.steward.app.Edit;
import dev.steward.app.EntityChange;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterPort;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.policy.PolicyCheck;
import dev.steward.domain.policy.Violation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** Runs the policy checks over a whole register, with its own limits (or the documented defaults). */
public final class PolicyService {
    private final Clock clock;

    public PolicyService(Clock clock) {
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public PolicyLimits limits(RegisterPort register) {
        return register.find(EntityKinds.POLICY_LIMITS, PolicyLimits.ID).orElse(PolicyLimits.defaults());
    }

    public List<Violation> check(RegisterPort register) {
        return PolicyCheck.register(register.all(EntityKinds.AGENT), register.all(EntityKinds.RISK),
                register.all(EntityKinds.CATEGORY), register.all(EntityKinds.APPROVAL), limits(register), today());
    }

    /** Stores new limits as one undoable edit (creating the setting the first time). */
    public void setLimits(OpenedRegister opened, PolicyLimits next) {
        var stored = opened.register().find(EntityKinds.POLICY_LIMITS, PolicyLimits.ID);
        if (stored.isPresent() && stored.get().equals(next)) return;
        opened.history().perform(Edit.of("Set policy limits", stored
                .<EntityChange<?>>map(s -> EntityChange.update(EntityKinds.POLICY_LIMITS, s, next))
                .orElseGet(() -> EntityChange.create(EntityKinds.POLICY_LIMITS, next))));
    }
}
