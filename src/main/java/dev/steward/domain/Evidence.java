package dev.steward.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Metadata of a file kept inside the register; the blob itself is stored by the store, keyed by sha256. */
public record Evidence(
        String id,
        String fileName,
        String mediaType,
        long sizeBytes,
        String sha256,
        String addedBy,
        Instant addedAt,
        LocalDate expires,
        EvidenceLink attachedTo) implements Entity {

    private static final Pattern MEDIA_TYPE = Pattern.compile("[\\w.+-]+/[\\w.+-]+");

    public Evidence {
        Ids.require(Ids.EVIDENCE, id, "evidence id");
        Check.text(fileName, "evidence fileName");
        if (fileName.contains("/") || fileName.contains("\\")) {
            throw new IllegalArgumentException("evidence fileName must be a bare file name, not a path: '" + fileName + "'");
        }
        if (mediaType != null && !MEDIA_TYPE.matcher(mediaType).matches()) {
            throw new IllegalArgumentException("evidence mediaType must look like application/pdf: '" + mediaType + "'");
        }
        if (sizeBytes < 0) {
            throw new IllegalArgumentException("evidence sizeBytes must not be negative: " + sizeBytes);
        }
        if (!Ids.isSha256(sha256)) {
            throw new IllegalArgumentException("evidence sha256 must be 64 lowercase hex digits: '" + sha256 + "'");
        }
        Check.text(addedBy, "evidence addedBy");
        Check.notNull(addedAt, "evidence addedAt");
    }

    /** Stale once its expiry date has passed; evidence without expiry never goes stale. */
    public boolean isStale(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }
}
