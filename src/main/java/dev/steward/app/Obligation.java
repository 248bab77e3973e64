package dev.steward.app;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation a regulation puts on an operator role (EU AI Act: provider, deployer, importer, distributor,
 * gpai-provider, all-operators, ...), as the catalog ships it. Summaries are editorial, not legal text.
 *
 * @param ref         the provision ("Art. 26(2)")
 * @param article     the article clause it belongs to ("Art. 26")
 * @param scope       which systems it concerns, in words ("high-risk", "AI systems interacting with natural persons")
 */
public record Obligation(String catalogId, String ref, String article, List<String> roles, String scope,
                         String summary, List<String> related, LocalDate appliesFrom, String appliesFromNote) {
    public Obligation {
        roles = List.copyOf(roles);
        related = List.copyOf(related);
        appliesFromNote = appliesFromNote == null ? "" : appliesFromNote;
    }
}
