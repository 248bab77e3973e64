package dev.steward.app.pack;

import dev.steward.app.ChainVerdict;
import dev.steward.app.ChangeLogPort;

import java.time.Instant;
import java.util.List;

/** Everything an audit pack shows, gathered once before any file is written. */
public record AuditPackContent(String registerName, Instant generatedAt, String appVersion, String generatedBy,
                               String changeLogHeadHash, ChainVerdict chain, List<CatalogVersion> catalogs,
                               RegisterSnapshot snapshot, RegisterSummary summary, ChangeLogPort changeLog,
                               dev.steward.app.CoverageSnapshot coverage) {

    /** A framework catalog the register was exported against. */
    public record CatalogVersion(String id, String name, String version) {
    }
}
