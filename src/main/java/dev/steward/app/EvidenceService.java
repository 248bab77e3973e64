package dev.steward.app;

import dev.steward.domain.Control;
import dev.steward.domain.Evidence;
import dev.steward.domain.EvidenceLink;
import dev.steward.domain.Ids;
import dev.steward.domain.RoadmapTask;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Evidence files: copied into the register with their SHA-256, size, who and when, in one undoable edit
 * that also links them from the control or roadmap task they support; copied back out on request.
 * Links to clauses and obligations live on the evidence alone ({@link #CLAUSE}, {@link #OBLIGATION}).
 */
public final class EvidenceService {

    public static final String CONTROL = "Control";
    public static final String TASK = "RoadmapTask";
    /** Entity id is {@code frameworkId:clauseRef}, as {@link dev.steward.domain.ClauseApplicability#idFor}. */
    public static final String CLAUSE = "Clause";
    /** Entity id is the {@link dev.steward.domain.ObligationRecord} id. */
    public static final String OBLIGATION = "ObligationRecord";

    private final Clock clock;
    private final Actor actor;

    public EvidenceService(Clock clock, Actor actor) {
        this.clock = clock;
        this.actor = actor;
    }

    /** Hashes the file as a stream; refuses directories, unreadable files and files over the limit. */
    public FileContent measure(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalArgumentException(file + " is not a file");
        try {
            long size = Files.size(file);
            if (size > FileContent.MAX_BYTES) {
                throw new IllegalArgumentException(file.getFileName() + " is " + size / (1024 * 1024) + " MB; evidence files may be at most "
                        + FileContent.MAX_BYTES / (1024 * 1024) + " MB. Attach a smaller extract or a document that points to it.");
            }
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return new FileContent(file, HexFormat.of().formatHex(digest.digest()), size);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Evidence attach(OpenedRegister opened, Path file, EvidenceLink target, LocalDate expires) {
        FileContent content = measure(file);
        RegisterPort r = opened.register();
        String id = Ids.next(Ids.EVIDENCE, r.all(EntityKinds.EVIDENCE).stream().map(Evidence::id).toList());
        Evidence evidence = new Evidence(id, file.getFileName().toString(), mediaType(file), content.sizeBytes(),
                content.sha256(), actor.describe(), clock.instant(), expires, target);
        List<EntityChange<?>> changes = new ArrayList<>();
        changes.add(EntityChange.create(EntityKinds.EVIDENCE, evidence));
        changes.addAll(relink(r, target, id, true));
        opened.history().perform(new Edit("Attach " + evidence.fileName() + " to " + target.entityId(), changes), List.of(content));
        return evidence;
    }

    /** Removes the evidence record and its link from the control or task; the stored content stays for undo. */
    public void remove(OpenedRegister opened, Evidence evidence) {
        List<EntityChange<?>> changes = new ArrayList<>(relink(opened.register(), evidence.attachedTo(), evidence.id(), false));
        changes.add(EntityChange.delete(EntityKinds.EVIDENCE, evidence));
        opened.history().perform(new Edit("Remove evidence " + evidence.fileName(), changes));
    }

    public void setExpiry(OpenedRegister opened, Evidence evidence, LocalDate expires) {
        Evidence after = new Evidence(evidence.id(), evidence.fileName(), evidence.mediaType(), evidence.sizeBytes(),
                evidence.sha256(), evidence.addedBy(), evidence.addedAt(), expires, evidence.attachedTo());
        opened.history().perform(Edit.of("Set expiry of " + evidence.fileName(), EntityChange.update(EntityKinds.EVIDENCE, evidence, after)));
    }

    /** Saves a copy of the stored file; the hash is checked on the way out. */
    public void copyOut(RegisterPort register, Evidence evidence, Path target) {
        register.copyFileContent(evidence.sha256(), target);
    }

    /** A copy in {@code folder} under the original name (in a sub-folder named by the hash), for opening. */
    public Path copyForOpening(RegisterPort register, Evidence evidence, Path folder) {
        Path target = folder.resolve(evidence.sha256().substring(0, 12)).resolve(evidence.fileName());
        copyOut(register, evidence, target);
        return target;
    }

    public List<Evidence> attachedTo(RegisterPort register, EvidenceLink link) {
        return register.all(EntityKinds.EVIDENCE).stream().filter(e -> link.equals(e.attachedTo())).toList();
    }

    private static List<EntityChange<?>> relink(RegisterPort r, EvidenceLink target, String evidenceId, boolean add) {
        if (target == null) return List.of();
        if (CONTROL.equals(target.entityType())) {
            Control c = r.find(EntityKinds.CONTROL, target.entityId())
                    .orElseThrow(() -> new IllegalArgumentException("no control " + target.entityId()));
            return List.of(EntityChange.update(EntityKinds.CONTROL, c, Controls.withEvidence(c, edit(c.evidenceIds(), evidenceId, add))));
        }
        if (TASK.equals(target.entityType())) {
            RoadmapTask t = r.find(EntityKinds.TASK, target.entityId())
                    .orElseThrow(() -> new IllegalArgumentException("no roadmap task " + target.entityId()));
            RoadmapTask after = new RoadmapTask(t.id(), t.phase(), t.title(), t.description(), t.ownerId(), t.start(), t.due(),
                    t.status(), t.blockedReason(), t.dependencyIds(), edit(t.evidenceIds(), evidenceId, add));
            return List.of(EntityChange.update(EntityKinds.TASK, t, after));
        }
        return List.of();
    }

    private static List<String> edit(List<String> ids, String id, boolean add) {
        List<String> out = new ArrayList<>(ids);
        out.remove(id);
        if (add) out.add(id);
        return out;
    }

    static String mediaType(Path file) {
        try {
            String t = Files.probeContentType(file);
            return t != null && t.matches("[\\w.+-]+/[\\w.+-]+") ? t : null;
        } catch (IOException e) {
            return null;
        }
    }
}
