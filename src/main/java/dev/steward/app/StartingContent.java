package dev.steward.app;

import dev.steward.domain.RegisterContent;
import dev.steward.domain.RiskCategory;

import java.util.ArrayList;
import java.util.List;

/** Turns starting content into creations, ordered so that everything referred to is created first. */
public final class StartingContent {
    private StartingContent() {
    }

    public static List<EntityChange<?>> creations(List<RiskCategory> taxonomy, RegisterContent content) {
        List<EntityChange<?>> changes = new ArrayList<>();
        taxonomy.forEach(c -> changes.add(EntityChange.create(EntityKinds.CATEGORY, c)));
        content.people().forEach(p -> changes.add(EntityChange.create(EntityKinds.PERSON, p)));
        content.agents().forEach(a -> changes.add(EntityChange.create(EntityKinds.AGENT, a)));
        content.controls().forEach(c -> changes.add(EntityChange.create(EntityKinds.CONTROL, c)));
        content.mappings().forEach(m -> changes.add(EntityChange.create(EntityKinds.MAPPING, m)));
        content.risks().forEach(r -> changes.add(EntityChange.create(EntityKinds.RISK, r)));
        content.roadmapTasks().forEach(t -> changes.add(EntityChange.create(EntityKinds.TASK, t)));
        content.approvals().forEach(a -> changes.add(EntityChange.create(EntityKinds.APPROVAL, a)));
        content.incidents().forEach(i -> changes.add(EntityChange.create(EntityKinds.INCIDENT, i)));
        return changes;
    }
}
