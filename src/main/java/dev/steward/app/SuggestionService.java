package dev.steward.app;

import dev.steward.domain.Ids;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskStatus;
import dev.steward.domain.suggest.RiskSuggester;
import dev.steward.domain.suggest.RiskSuggestion;
import dev.steward.domain.suggest.SuggestionDecision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Suggested risks from agent profiles. Accepting files the library risk as an open risk on the
 * agent (owner: the agent's owner) and records the decision; dismissing records why. Either way the
 * suggestion does not come back, and the change log shows who decided.
 */
public final class SuggestionService {
    private final RiskLibrary library;
    private final Clock clock;

    public SuggestionService(RiskLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    public List<RiskSuggestion> suggestions(RegisterPort r) {
        return RiskSuggester.suggest(r.all(EntityKinds.AGENT), library.templates(), r.all(EntityKinds.SUGGESTION_DECISION),
                r.all(EntityKinds.RISK));
    }

    public Risk accept(OpenedRegister o, RiskSuggestion s) {
        var t = s.template();
        String id = RiskService.nextId(o.register(), EntityKinds.RISK, Ids.RISK);
        if (o.register().find(EntityKinds.CATEGORY, t.categoryCode()).isEmpty()) {
            throw new IllegalArgumentException("the suggested risk's category " + t.categoryCode() + " is not in this register's taxonomy");
        }
        var matrix = RiskService.matrix(o.register());
        var inherent = dev.steward.domain.scoring.MatrixChange.remap(t.inherent(), 5, matrix.size());
        Risk risk = new Risk(id, t.title(), t.cause(), t.event(), t.consequence(), t.categoryCode(), List.of(s.agent().id()),
                s.agent().owner().orElse(null), inherent, List.of(), null, null, null, null, RiskStatus.OPEN, null, t.threatRefs());
        SuggestionDecision d = new SuggestionDecision(s.id(), t.key(), s.agent().id(), true, id, LocalDate.now(clock),
                "Suggested because the agent " + String.join("; ", s.reasons()));
        o.history().perform(Edit.of("Accept suggested risk " + id + " for " + s.agent().id(),
                EntityChange.create(EntityKinds.RISK, risk), EntityChange.create(EntityKinds.SUGGESTION_DECISION, d)));
        return risk;
    }

    public void dismiss(OpenedRegister o, RiskSuggestion s, String reason) {
        SuggestionDecision d = new SuggestionDecision(s.id(), s.template().key(), s.agent().id(), false, null,
                LocalDate.now(clock), reason == null || reason.isBlank() ? null : reason.strip());
        o.history().perform(Edit.of("Dismiss suggested risk '" + s.template().title() + "' for " + s.agent().id(),
                EntityChange.create(EntityKinds.SUGGESTION_DECISION, d)));
    }
}
