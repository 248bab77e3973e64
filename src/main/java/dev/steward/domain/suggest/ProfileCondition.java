package dev.steward.domain.suggest;

import dev.steward.domain.AccessLevel;
import dev.steward.domain.Agent;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.DataClass;
import dev.steward.domain.HighImpactKind;
import dev.steward.domain.Sanction;
import dev.steward.domain.ToolAction;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fact about an agent's profile that makes a library risk relevant. Each returns the reasons it
 * holds ("posts journal entries (financial transaction) with no approval gate"), empty when it does not.
 * Values narrow a condition: high-impact kinds, data classes, an autonomy level, token hours, AI Act tiers.
 */
public enum ProfileCondition {
    HIGH_IMPACT_ACTION {
        List<String> reasons(Agent a, List<String> values) {
            return tools(a, values, false);
        }
    },
    UNGATED_HIGH_IMPACT_ACTION {
        List<String> reasons(Agent a, List<String> values) {
            return tools(a, values, true);
        }
    },
    HUMAN_EQUIVALENT_PRIVILEGES {
        List<String> reasons(Agent a, List<String> values) {
            return a.identity().humanEquivalentPrivileges() ? List.of("holds human-equivalent privileges") : List.of();
        }
    },
    ADMIN_ACCESS {
        List<String> reasons(Agent a, List<String> values) {
            return a.identity().privileges().stream().filter(p -> p.accessLevel() == AccessLevel.ADMIN)
                    .map(p -> "has admin access to " + p.system()).toList();
        }
    },
    DATA_CLASS {
        List<String> reasons(Agent a, List<String> values) {
            return a.dataClasses().stream().filter(d -> values.isEmpty() || values.contains(d.name()))
                    .sorted().map(d -> "touches " + words(d.name()) + " data").toList();
        }
    },
    AUTONOMY_AT_LEAST {
        List<String> reasons(Agent a, List<String> values) {
            int min = values.isEmpty() ? AutonomyLevel.ACTS_ALONE_MONITORED.level() : AutonomyLevel.valueOf(values.get(0)).level();
            return a.autonomy().level() >= min
                    ? List.of("autonomy level " + a.autonomy().level() + " (" + a.autonomy().label().toLowerCase(Locale.ROOT) + ")")
                    : List.of();
        }
    },
    SHADOW {
        List<String> reasons(Agent a, List<String> values) {
            return a.provenance().sanction() == Sanction.SHADOW
                    ? List.of("shadow AI found via " + words(a.provenance().discoverySource().name())) : List.of();
        }
    },
    LONG_LIVED_TOKEN {
        List<String> reasons(Agent a, List<String> values) {
            long hours = values.isEmpty() ? 24 : Long.parseLong(values.get(0));
            return a.identity().tokenLongerThan(Duration.ofHours(hours))
                    ? List.of("tokens live " + describe(a.identity().tokenLifetime()) + " (over " + hours + " h)") : List.of();
        }
    },
    TOOL_CALLS_NOT_LOGGED {
        List<String> reasons(Agent a, List<String> values) {
            return a.logging().toolCalls() ? List.of() : List.of("tool calls are not logged");
        }
    },
    AI_ACT_TIER {
        List<String> reasons(Agent a, List<String> values) {
            var tier = a.aiAct().riskTier();
            return tier != null && values.contains(tier.name()) ? List.of("EU AI Act tier " + words(tier.name())) : List.of();
        }
    };

    abstract List<String> reasons(Agent agent, List<String> values);

    /** Checks the values once, when the library is read, so a typo fails there and not during a workshop. */
    void validate(List<String> values) {
        for (String v : values) {
            switch (this) {
                case HIGH_IMPACT_ACTION, UNGATED_HIGH_IMPACT_ACTION -> HighImpactKind.valueOf(v);
                case DATA_CLASS -> DataClass.valueOf(v);
                case AUTONOMY_AT_LEAST -> AutonomyLevel.valueOf(v);
                case LONG_LIVED_TOKEN -> Long.parseLong(v);
                case AI_ACT_TIER -> dev.steward.domain.AiActRiskTier.valueOf(v);
                default -> throw new IllegalArgumentException(name() + " takes no values: '" + v + "'");
            }
        }
    }

    private static List<String> tools(Agent a, List<String> kinds, boolean ungatedOnly) {
        List<String> out = new ArrayList<>();
        for (ToolAction t : a.tools()) {
            if (t.highImpactKind() == null || (ungatedOnly && t.humanApprovalGate())) continue;
            if (!kinds.isEmpty() && !kinds.contains(t.highImpactKind().name())) continue;
            out.add("can " + t.name() + " (" + words(t.highImpactKind().name()) + ")"
                    + (t.humanApprovalGate() ? "" : " with no human approval gate"));
        }
        return out;
    }

    static String words(String enumName) {
        return enumName.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String describe(Duration d) {
        return d.toDays() >= 1 ? d.toDays() + " days" : d.toHours() + " h";
    }
}
