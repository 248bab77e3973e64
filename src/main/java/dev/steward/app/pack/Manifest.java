package dev.steward.app.pack;

import java.time.Instant;
import java.util.List;

/** manifest.json: what the pack holds, with sizes and SHA-256, and the register's change-log head. */
public record Manifest(String register, Instant generatedAt, String appVersion, String generatedBy,
                       String changeLogHeadHash, boolean changeLogIntact,
                       List<AuditPackContent.CatalogVersion> catalogs, List<FileEntry> files) {

    public record FileEntry(String name, long size, String sha256) {
    }
}
