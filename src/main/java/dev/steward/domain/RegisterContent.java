package dev.steward.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * A whole register's entities in one value (the demo template, imports, tests). Lists are only
 * copied here; {@link #integrityProblems()} reports dangling references and duplicate ids without throwing,
 * so loaders can show every problem at once.
 */
public record RegisterContent(
        String about,
        List<Person> people,
        List<Agent> agents,
        List<Risk> risks,
        List<Control> controls,
        List<Mapping> mappings,
        List<RoadmapTask> roadmapTasks,
        List<Approval> approvals,
        List<Incident> incidents) {

    public RegisterContent {
        people = Check.list(people, "register people");
        agents = Check.list(agents, "register agents");
        risks = Check.list(risks, "register risks");
        controls = Check.list(controls, "register controls");
        mappings = Check.list(mappings, "register mappings");
        roadmapTasks = Check.list(roadmapTasks, "register roadmapTasks");
        approvals = Check.list(approvals, "register approvals");
        incidents = Check.list(incidents, "register incidents");
    }

    /** Every duplicate id and dangling reference, one readable line each; empty when consistent. */
    public List<String> integrityProblems(Set<String> categoryCodes) {
        List<String> out = new ArrayList<>();
        Set<String> persons = ids(people, out), agentIds = ids(agents, out), controlIds = ids(controls, out);
        Set<String> riskIds = ids(risks, out), taskIds = ids(roadmapTasks, out);
        ids(mappings, out);
        ids(approvals, out);
        ids(incidents, out);
        Map<String, Set<String>> byPrefix = new HashMap<>(Map.of(Ids.AGENT, agentIds, Ids.RISK, riskIds, Ids.CONTROL, controlIds));
        for (Agent a : agents) {
            a.accountability().personIds().forEach(p -> ref(out, a, "accountability", p, persons));
            ref(out, a, "provisionedBy", a.provenance().provisionedBy(), persons);
        }
        for (Risk r : risks) {
            ref(out, r, "ownerId", r.ownerId(), persons);
            ref(out, r, "categoryCode", r.categoryCode(), categoryCodes);
            r.affectedAgentIds().forEach(x -> ref(out, r, "affectedAgentIds", x, agentIds));
            r.linkedControlIds().forEach(x -> ref(out, r, "linkedControlIds", x, controlIds));
            ref(out, r, "acceptance approverId", r.acceptance() == null ? null : r.acceptance().approverId(), persons);
        }
        for (Control c : controls) {
            ref(out, c, "ownerId", c.ownerId(), persons);
            c.appliesToAgentIds().forEach(x -> ref(out, c, "appliesToAgentIds", x, agentIds));
        }
        mappings.forEach(m -> ref(out, m, "controlId", m.controlId(), controlIds));
        for (RoadmapTask t : roadmapTasks) {
            ref(out, t, "ownerId", t.ownerId(), persons);
            t.dependencyIds().forEach(x -> ref(out, t, "dependencyIds", x, taskIds));
            t.controlIds().forEach(x -> ref(out, t, "controlIds", x, controlIds));
            t.agentIds().forEach(x -> ref(out, t, "agentIds", x, agentIds));
        }
        for (Approval a : approvals) {
            ref(out, a, "subjectId", a.subjectId(), byPrefix.get(a.subject().subjectPrefix()));
            ref(out, a, "requestedById", a.requestedById(), persons);
            ref(out, a, "approverId", a.approverId(), persons);
        }
        for (Incident i : incidents) {
            i.agentIds().forEach(x -> ref(out, i, "agentIds", x, agentIds));
            i.linkedRiskIds().forEach(x -> ref(out, i, "linkedRiskIds", x, riskIds));
            i.linkedControlIds().forEach(x -> ref(out, i, "linkedControlIds", x, controlIds));
        }
        return out;
    }

    private static Set<String> ids(List<? extends Entity> entities, List<String> out) {
        Set<String> seen = new HashSet<>();
        entities.stream().map(Entity::id).filter(id -> !seen.add(id)).distinct()
                .forEach(id -> out.add("id " + id + " is used more than once"));
        return seen;
    }

    private static void ref(List<String> out, Entity from, String field, String target, Set<String> known) {
        if (target != null && !known.contains(target)) {
            out.add(from.id() + " " + field + " refers to unknown '" + target + "'");
        }
    }

    /** All entities, e.g. for a global search index or a bulk insert. */
    public Stream<Entity> entities() {
        return Stream.of(people, agents, risks, controls, mappings, roadmapTasks, approvals, incidents)
                .flatMap(List::stream).map(Function.<Entity>identity());
    }
}
