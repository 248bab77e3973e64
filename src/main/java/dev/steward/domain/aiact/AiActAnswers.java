package dev.steward.domain.aiact;

import dev.steward.domain.AiActRole;

import java.util.EnumSet;
import java.util.Set;

/**
 * The answers to the classification questions, in the order the helper asks them.
 *
 * @param prohibited      the Art. 5 practice the system performs, or null for none
 * @param annexIProduct   a safety component of (or itself) a product under Annex I needing third-party assessment (Art. 6(1))
 * @param annexIIIArea    the Annex III area it is used in ("4. Employment, ..."), or null for none
 * @param exception       the Art. 6(3) condition that applies, or null; ignored when the system profiles people
 * @param profiling       it profiles natural persons (then an Annex III system is always high-risk, Art. 6(3) last subparagraph)
 * @param transparency    the Art. 50 situations that apply
 * @param generalPurposeModel the organisation provides a general-purpose AI model (Chapter V)
 * @param role            the organisation's role for this system
 */
public record AiActAnswers(ProhibitedPractice prohibited, boolean annexIProduct, String annexIIIArea,
                           HighRiskException exception, boolean profiling, Set<TransparencyCase> transparency,
                           boolean generalPurposeModel, AiActRole role) {

    public AiActAnswers {
        annexIIIArea = annexIIIArea == null || annexIIIArea.isBlank() ? null : annexIIIArea.strip();
        transparency = transparency == null || transparency.isEmpty() ? Set.of()
                : Set.copyOf(EnumSet.copyOf(transparency));
        if (role == null) throw new IllegalArgumentException("the organisation's role for the system is required");
    }

    /** "5. Access to ..." gives "5"; null when the area has no leading point number. */
    public String annexIIIPoint() {
        if (annexIIIArea == null) return null;
        int dot = annexIIIArea.indexOf('.');
        return dot > 0 ? annexIIIArea.substring(0, dot).strip() : null;
    }
}
