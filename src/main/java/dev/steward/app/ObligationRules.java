package dev.steward.app;

import dev.steward.domain.Agent;
import dev.steward.domain.AiActClassification;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.aiact.TransparencyCase;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which EU AI Act obligations follow from an agent's role and tier (and, when it was classified with the
 * helper, its Art. 50 situations and Art. 6(3) exception). Reads the obligation's roles and its scope words
 * as shipped in the catalog; a scope it does not recognise applies to nobody rather than to everybody.
 */
public final class ObligationRules {

    private ObligationRules() {
    }

    /** Why the obligation applies to the agent, or empty when it does not. */
    public static Optional<String> why(Obligation o, Agent agent, AiActClassification classification) {
        AiActRiskTier tier = agent.aiAct().riskTier();
        if (agent.aiAct().role() == null || tier == null) return Optional.empty();
        Set<String> roles = roles(agent);
        if (o.roles().stream().noneMatch(roles::contains)) return Optional.empty();
        String role = agent.aiAct().role().name().toLowerCase(Locale.ROOT);
        String scope = o.scope().toLowerCase(Locale.ROOT);
        if (scope.startsWith("penalties") || scope.contains("non-eu")) return Optional.empty();
        if (scope.equals("all ai systems")) return Optional.of("Every " + role + " of an AI system");
        if (scope.startsWith("prohibited")) return Optional.of(tier == AiActRiskTier.PROHIBITED
                ? "Classified as a prohibited practice" : "Every operator: the prohibitions of Art. 5");
        if (scope.startsWith("high-risk")) {
            if (tier != AiActRiskTier.HIGH_RISK) return Optional.empty();
            String area = agent.aiAct().annexIIIArea();
            if (scope.contains("except point 2") && (area == null || area.startsWith("2."))) return Optional.empty();
            return Optional.of("High-risk " + role + (area == null ? "" : " (Annex III " + area + ")"));
        }
        if (scope.startsWith("annex iii system assessed as not high-risk")) {
            boolean excepted = classification != null && classification.answers().exception() != null
                    && classification.answers().annexIIIArea() != null && tier != AiActRiskTier.HIGH_RISK;
            return excepted ? Optional.of("Annex III area, not high-risk under " + classification.answers().exception().ref())
                    : Optional.empty();
        }
        if (scope.startsWith("general-purpose ai models")) {
            return tier == AiActRiskTier.GENERAL_PURPOSE ? Optional.of("Provider of a general-purpose AI model") : Optional.empty();
        }
        TransparencyCase tc = transparencyCase(scope);
        if (tc != null) {
            if (classification != null) {
                return classification.answers().transparency().contains(tc)
                        ? Optional.of(tc.ref() + " case recorded in the classification") : Optional.empty();
            }
            return tier == AiActRiskTier.LIMITED
                    ? Optional.of("Limited-risk tier; confirm the " + tc.ref() + " case with the classification helper")
                    : Optional.empty();
        }
        return Optional.empty();
    }

    private static TransparencyCase transparencyCase(String scope) {
        if (scope.contains("interacting with natural persons")) return TransparencyCase.INTERACTS_WITH_PERSONS;
        if (scope.startsWith("generative")) return TransparencyCase.GENERATES_SYNTHETIC_CONTENT;
        if (scope.contains("emotion recognition") || scope.contains("biometric categorisation")) {
            return TransparencyCase.EMOTION_OR_BIOMETRIC_CATEGORISATION;
        }
        if (scope.contains("deep fake")) return TransparencyCase.DEEP_FAKE_OR_PUBLIC_INTEREST_TEXT;
        return null;
    }

    private static Set<String> roles(Agent agent) {
        Set<String> roles = new HashSet<>();
        roles.add("all-operators");
        roles.add(agent.aiAct().role().name().toLowerCase(Locale.ROOT));
        if (agent.aiAct().riskTier() == AiActRiskTier.GENERAL_PURPOSE && roles.contains("provider")) roles.add("gpai-provider");
        return roles;
    }
}
