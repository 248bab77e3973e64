package dev.steward.ui.agents;

import dev.steward.domain.Agent;
import dev.steward.domain.Person;
import dev.steward.domain.policy.Violation;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One agent as the table shows it: the names of its people resolved, its next review, its
 * violations, and every text column joined once into {@link #haystack} so that filtering on a
 * keystroke is one {@code contains} per row, not a dozen conversions.
 */
public record AgentRow(Agent agent, String owner, String approver, LocalDate nextReview, boolean reviewOverdue,
                       List<Violation> violations, String haystack) {

    public static AgentRow of(Agent a, Map<String, Person> people, List<Violation> violations, LocalDate today) {
        String owner = name(people, a.accountability().ownerId());
        String approver = name(people, a.accountability().approverId());
        LocalDate next = a.review().nextDue().orElse(null);
        String hay = String.join("\u0001", a.id(), a.name(), nz(a.purpose()), nz(a.businessUnit()), a.lifecycle().name(),
                a.provenance().sanction().name(), a.provenance().discoverySource().name(), owner, approver,
                nz(a.platform().vendor()), nz(a.platform().model()), nz(a.platform().hosting()), a.autonomy().label(),
                a.aiAct().riskTier() == null ? "unclassified" : a.aiAct().riskTier().name(),
                next == null ? "never reviewed" : next.toString()).toLowerCase(Locale.ROOT).replace('_', ' ');
        return new AgentRow(a, owner, approver, next, a.reviewOverdue(today), List.copyOf(violations), hay);
    }

    public boolean matches(String lowerCaseNeedle) {
        return haystack.contains(lowerCaseNeedle);
    }

    public String id() {
        return agent.id();
    }

    static String name(Map<String, Person> people, String id) {
        if (id == null) return "";
        Person p = people.get(id);
        return p == null ? id : p.name();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
