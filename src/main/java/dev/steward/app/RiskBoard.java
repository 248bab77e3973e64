package dev.steward.app;

import dev.steward.domain.Agent;
import dev.steward.domain.Control;
import dev.steward.domain.Person;
import dev.steward.domain.Risk;
import dev.steward.domain.RiskCategory;
import dev.steward.domain.Taxonomy;
import dev.steward.domain.scoring.RiskEvaluation;
import dev.steward.domain.scoring.ScoringMatrix;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Everything the risk screens show, read in one go on a worker: risks with their evaluations for
 * today, the taxonomy, the scoring matrix and the names risks refer to.
 */
public record RiskBoard(List<Risk> risks, Taxonomy taxonomy, ScoringMatrix matrix, List<Agent> agents,
                        List<Person> people, List<Control> controls, LocalDate today,
                        Map<String, RiskEvaluation> evaluations) {

    public static RiskBoard of(List<Risk> risks, List<RiskCategory> categories, ScoringMatrix matrix, List<Agent> agents,
                               List<Person> people, List<Control> controls, LocalDate today) {
        Taxonomy taxonomy = new Taxonomy(categories);
        Map<String, RiskEvaluation> evaluations = risks.stream().collect(Collectors.toMap(Risk::id,
                r -> RiskEvaluation.of(r, tolerance(taxonomy, r.categoryCode()), matrix, today)));
        return new RiskBoard(List.copyOf(risks), taxonomy, matrix, List.copyOf(agents), List.copyOf(people),
                List.copyOf(controls), today, Map.copyOf(evaluations));
    }

    public static RiskBoard empty(LocalDate today) {
        return of(List.of(), List.of(), ScoringMatrix.defaultMatrix(), List.of(), List.of(), List.of(), today);
    }

    /** The category's tolerance; a risk in a category no longer in the taxonomy is held to the strictest, 1. */
    static int tolerance(Taxonomy taxonomy, String code) {
        return taxonomy.find(code).map(RiskCategory::tolerance).orElse(1);
    }

    public RiskEvaluation evaluation(Risk risk) {
        return evaluations.get(risk.id());
    }

    public List<Risk> outOfTolerance() {
        return risks.stream().filter(r -> evaluation(r).outOfTolerance())
                .sorted((a, b) -> Integer.compare(evaluation(b).currentScore(), evaluation(a).currentScore())).toList();
    }

    public Optional<Risk> risk(String id) {
        return risks.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public String personName(String id) {
        return name(people, Person::id, Person::name, id);
    }

    public String agentName(String id) {
        return name(agents, Agent::id, Agent::name, id);
    }

    public String controlName(String id) {
        return name(controls, Control::id, Control::name, id);
    }

    public String categoryName(String code) {
        return taxonomy.find(code).map(RiskCategory::name).orElse(code == null ? "" : code + " (not in taxonomy)");
    }

    private static <T> String name(List<T> items, Function<T, String> id, Function<T, String> name, String wanted) {
        if (wanted == null) return "";
        return items.stream().filter(i -> id.apply(i).equals(wanted)).map(name).findFirst().orElse(wanted);
    }
}
