package dev.steward.app.pack;

import dev.steward.app.EntityKinds;
import dev.steward.app.RegisterPort;
import dev.steward.domain.Agent;
import dev.steward.domain.Approval;
import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.Incident;
import dev.steward.domain.Mapping;
import dev.steward.domain.Person;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.RoadmapTask;
import dev.steward.domain.scoring.ScoringMatrix;
import dev.steward.domain.PolicyLimits;
import dev.steward.domain.policy.PolicyCheck;
import dev.steward.domain.policy.Violation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every entity of a register read once, so a summary and an export see one consistent state. */
public record RegisterSnapshot(List<Person> people, List<Agent> agents, List<RiskCategory> categories, List<Risk> risks,
                               List<Control> controls, List<Mapping> mappings, List<RoadmapTask> tasks,
                               List<Approval> approvals, List<Incident> incidents, List<Evidence> evidence,
                               ScoringMatrix matrix, PolicyLimits limits) {

    public static RegisterSnapshot read(RegisterPort r) {
        return new RegisterSnapshot(r.all(EntityKinds.PERSON), r.all(EntityKinds.AGENT), r.all(EntityKinds.CATEGORY),
                r.all(EntityKinds.RISK), r.all(EntityKinds.CONTROL), r.all(EntityKinds.MAPPING), r.all(EntityKinds.TASK),
                r.all(EntityKinds.APPROVAL), r.all(EntityKinds.INCIDENT), r.all(EntityKinds.EVIDENCE),
                r.find(EntityKinds.SCORING_MATRIX, ScoringMatrix.ID).orElseGet(ScoringMatrix::defaultMatrix),
                r.find(EntityKinds.POLICY_LIMITS, PolicyLimits.ID).orElseGet(PolicyLimits::defaults));
    }

    public Map<String, Person> peopleById() {
        return people.stream().collect(Collectors.toMap(Person::id, Function.identity()));
    }

    public Map<String, RiskCategory> categoriesByCode() {
        return categories.stream().collect(Collectors.toMap(RiskCategory::code, Function.identity()));
    }

    /** "Zoë Łukasiewicz" for P-0001, the id itself for an unknown person, "" for none. */
    public String personName(String id) {
        if (id == null) return "";
        return people.stream().filter(p -> p.id().equals(id)).map(Person::name).findFirst().orElse(id);
    }

    /**
     * {@link #personName} for many lookups: one map built up front, so a sheet of 50,000 rows does
     * not scan the people once per cell.
     */
    public Function<String, String> personNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (Person p : people) names.putIfAbsent(p.id(), p.name());
        return id -> id == null ? "" : names.getOrDefault(id, id);
    }

    /** An agent's name by id ("" for an unknown id), from one map built up front. */
    public Function<String, String> agentNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (Agent a : agents) names.putIfAbsent(a.id(), a.name());
        return id -> id == null ? "" : names.getOrDefault(id, "");
    }

    /** Scores, bands and tolerance standing of every risk, computed as the Risks section does (app.RiskBoard). */
    public dev.steward.app.RiskBoard riskBoard(java.time.LocalDate today) {
        return dev.steward.app.RiskBoard.of(risks, categories, matrix, agents, people, controls, today);
    }

    /** The policy violations as the Violations section and {@code steward check} compute them. */
    public List<Violation> violations(java.time.LocalDate today) {
        return PolicyCheck.register(agents, risks, categories, approvals, limits, today);
    }

    public Optional<RiskCategory> category(String code) {
        return categories.stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
