package dev.steward.ui.controls;

import dev.steward.app.EvidenceService;
import dev.steward.app.OpenedRegister;
import dev.steward.domain.Evidence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Open, save a copy, change the expiry of, or remove a piece of evidence; shared by the Controls and Coverage sections. */
public final class EvidenceActions {
    private final EvidenceService evidence;
    private final Work work;
    private final Supplier<OpenedRegister> opened;

    EvidenceActions(EvidenceService evidence, Work work, Supplier<OpenedRegister> opened) {
        this.evidence = evidence;
        this.work = work;
        this.opened = opened;
    }

    public static EvidenceActions of(EvidenceService evidence, Work work, Supplier<OpenedRegister> opened) {
        return new EvidenceActions(evidence, work, opened);
    }

    /** Copies the file out to a temporary folder and hands its path to {@code open} (the view asks the desktop). */
    public void open(Evidence e, Consumer<Path> open) {
        OpenedRegister o = opened.get();
        if (o == null) return;
        work.run("Opening " + e.fileName(), () -> evidence.copyForOpening(o.register(), e,
                Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "steward-evidence"))), open,
                "Cannot open the evidence");
    }

    public void saveCopy(Evidence e, Path target) {
        OpenedRegister o = opened.get();
        if (o == null) return;
        work.run("Saving a copy of " + e.fileName(), () -> evidence.copyOut(o.register(), e, target), "Cannot save the copy");
    }

    public void setExpiry(Evidence e, LocalDate expires) {
        OpenedRegister o = opened.get();
        if (o == null) return;
        work.run("Setting the expiry", () -> evidence.setExpiry(o, e, expires), "Cannot set the expiry");
    }

    public void remove(Evidence e) {
        OpenedRegister o = opened.get();
        if (o == null) return;
        if (!work.dialogs().confirm("Remove " + e.fileName() + "?", "The evidence record is removed; Undo brings it back.")) return;
        work.run("Removing " + e.fileName(), () -> evidence.remove(o, e), "Cannot remove the evidence");
    }
}
