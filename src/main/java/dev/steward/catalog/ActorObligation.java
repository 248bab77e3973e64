package dev.steward.catalog;

import java.time.LocalDate;
import java.util.List;

/**
 * An obligation a regulation puts on an actor role (EU AI Act: provider, deployer, importer, distributor,
 * gpai-provider, ...). Summaries are editorial, not legal text.
 *
 * @param ref            the provision as given, possibly a paragraph ("Art. 26(2)")
 * @param article        the article clause it belongs to ("Art. 26"), always a clause of the catalog
 * @param roles          the actor roles it applies to
 * @param appliesFrom    when it applies under the act's application dates
 * @param appliesFromNote a later date for a subset of systems, or empty
 */
public record ActorObligation(String catalogId, String ref, String article, List<String> roles, String scope,
                              String summary, List<String> related, LocalDate appliesFrom, String appliesFromNote) {

    public ActorObligation {
        roles = List.copyOf(roles);
        related = List.copyOf(related);
        appliesFromNote = appliesFromNote == null ? "" : appliesFromNote;
    }

    public boolean appliesTo(String role) {
        return roles.contains(role) || roles.contains("all-operators");
    }
}
