package dev.steward.app;

import dev.steward.domain.Catalog;
import dev.steward.domain.CatalogAdoption;
import dev.steward.domain.CatalogDiff;
import dev.steward.domain.Mapping;

import java.util.List;
import java.util.Optional;

/**
 * How a register stands against the catalog version the app has now.
 *
 * @param adopted  what the register recorded, empty when it never recorded a version
 * @param diff     changes since the adopted version (empty when none or unknown)
 * @param orphaned mappings whose clause this version does not have: flagged, never dropped
 */
public record CatalogUpdate(Catalog catalog, Optional<CatalogAdoption> adopted, CatalogDiff diff, List<Mapping> orphaned) {

    public enum State { NOT_RECORDED, UP_TO_DATE, NEWER_VERSION }

    public CatalogUpdate {
        orphaned = List.copyOf(orphaned);
    }

    public State state() {
        if (adopted.isEmpty()) return State.NOT_RECORDED;
        return adopted.get().version().equals(catalog.version()) ? State.UP_TO_DATE : State.NEWER_VERSION;
    }

    /** A line for the user, e.g. "Mappings made against 1.0; this version: 2 added, 1 removed, 0 retitled". */
    private static final java.time.format.DateTimeFormatter RECORDED =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(java.time.ZoneOffset.UTC);

    public String describe() {
        return switch (state()) {
            case NOT_RECORDED -> "This register has not recorded which version of " + catalog.name() + " it maps to.";
            case UP_TO_DATE -> "Mappings follow this version: " + catalog.version() + ", recorded "
                    + RECORDED.format(adopted.get().adoptedAt()) + " UTC by " + adopted.get().adoptedBy() + ".";
            case NEWER_VERSION -> "Mappings made against " + adopted.get().version() + "; the app ships "
                    + catalog.version() + ": " + diff.summary() + ".";
        } + (orphaned.isEmpty() ? "" : " " + orphaned.size() + " mapping(s) point at clauses this version lacks.");
    }
}
