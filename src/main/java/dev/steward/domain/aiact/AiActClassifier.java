package dev.steward.domain.aiact;

import dev.steward.domain.AiActProfile;
import dev.steward.domain.AiActRiskTier;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the EU AI Act's classification in its own order: prohibited practices (Art. 5), high-risk through
 * Annex I products (Art. 6(1)) or Annex III areas unless an Art. 6(3) condition applies (never when profiling),
 * general-purpose models (Chapter V), transparency cases (Art. 50), else minimal. Every step that decides
 * something says so in a reason, so the record shows why.
 */
public final class AiActClassifier {

    private AiActClassifier() {
    }

    public record Outcome(AiActProfile profile, List<String> reasons) {
        public Outcome {
            reasons = List.copyOf(reasons);
        }
    }

    public static Outcome classify(AiActAnswers a) {
        List<String> reasons = new ArrayList<>();
        reasons.add("Role: " + a.role().name().toLowerCase() + " of the system.");
        if (a.prohibited() != null) {
            reasons.add(a.prohibited().ref() + ": " + a.prohibited().summary()
                    + ". A prohibited practice: the system must not be placed on the market, put into service or used.");
            return new Outcome(new AiActProfile(a.role(), AiActRiskTier.PROHIBITED, null), reasons);
        }
        reasons.add("Art. 5: none of the prohibited practices applies.");
        if (a.annexIProduct()) {
            reasons.add("Art. 6(1): safety component of a product under Annex I that needs third-party conformity assessment.");
            transparency(a, reasons);
            return new Outcome(new AiActProfile(a.role(), AiActRiskTier.HIGH_RISK, a.annexIIIArea()), reasons);
        }
        if (a.annexIIIArea() != null) {
            if (a.profiling()) {
                reasons.add("Art. 6(2) and Annex III " + a.annexIIIArea() + "; it profiles natural persons, so Art. 6(3) "
                        + "exceptions cannot apply.");
                transparency(a, reasons);
                return new Outcome(new AiActProfile(a.role(), AiActRiskTier.HIGH_RISK, a.annexIIIArea()), reasons);
            }
            if (a.exception() == null) {
                reasons.add("Art. 6(2) and Annex III " + a.annexIIIArea() + "; no Art. 6(3) condition applies.");
                transparency(a, reasons);
                return new Outcome(new AiActProfile(a.role(), AiActRiskTier.HIGH_RISK, a.annexIIIArea()), reasons);
            }
            reasons.add("Annex III " + a.annexIIIArea() + ", but not high-risk under " + a.exception().ref() + ": "
                    + a.exception().summary() + ". Document this assessment (Art. 6(4)) and register it (Art. 49(2)).");
        } else {
            reasons.add("Art. 6: not a safety component under Annex I and not used in an Annex III area.");
        }
        if (a.generalPurposeModel()) {
            reasons.add("Chapter V: the organisation provides a general-purpose AI model.");
            transparency(a, reasons);
            return new Outcome(new AiActProfile(a.role(), AiActRiskTier.GENERAL_PURPOSE, null), reasons);
        }
        if (!a.transparency().isEmpty()) {
            transparency(a, reasons);
            return new Outcome(new AiActProfile(a.role(), AiActRiskTier.LIMITED, null), reasons);
        }
        reasons.add("Art. 50: no transparency case applies; minimal risk (voluntary codes of conduct, Art. 95; AI literacy, Art. 4).");
        return new Outcome(new AiActProfile(a.role(), AiActRiskTier.MINIMAL, null), reasons);
    }

    private static void transparency(AiActAnswers a, List<String> reasons) {
        a.transparency().stream().sorted().forEach(t -> reasons.add(t.ref() + ": " + t.question() + "; transparency "
                + "obligations apply."));
    }
}
