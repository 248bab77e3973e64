package dev.steward.ui.export;

import dev.steward.app.OpenedRegister;
import dev.steward.app.TaskRunner;
import dev.steward.app.pack.AuditPackService;
import dev.steward.app.pack.Manifest;
import dev.steward.ui.DialogService;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

/**
 * File › Export audit pack: asks for a folder, creates NAME-audit-pack-DATE inside it (with a
 * numeric suffix rather than ever writing into an existing pack), and runs the export in the
 * background with progress and cancel.
 */
public final class ExportViewModel {
    private final AuditPackService packs;
    private final TaskRunner tasks;
    private final DialogService dialogs;
    private final Clock clock;

    public ExportViewModel(AuditPackService packs, TaskRunner tasks, DialogService dialogs, Clock clock) {
        this.packs = packs;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.clock = clock;
    }

    public void export(OpenedRegister opened, String actor) {
        if (opened == null) return;
        dialogs.chooseFolder("Choose where to put the audit pack").ifPresent(parent -> {
            Path target = packFolder(parent, opened.register().file(), LocalDate.now(clock));
            tasks.run(new TaskRunner.BackgroundWork<Manifest>() {
                @Override
                public String title() {
                    return "Exporting the audit pack";
                }

                @Override
                public Manifest run(TaskRunner.Progress progress) {
                    return packs.export(opened.register(), actor, target, progress);
                }
            }, m -> dialogs.showInfo("Audit pack written", "The audit pack is in " + target + ":\n"
                    + String.join("\n", m.files().stream().map(f -> "  " + f.name()).toList()) + "\n  manifest.json"
                    + "\n\nChange-log head: " + m.changeLogHeadHash()), e -> {
                if (e instanceof java.util.concurrent.CancellationException) {
                    dialogs.showInfo("Export cancelled", "Nothing was written.");
                } else {
                    dialogs.showError("Cannot export the audit pack", e.getMessage(), e);
                }
            });
        });
    }

    /** {@code demo-audit-pack-2026-11-25}, or {@code ...-2}, {@code -3} when taken. */
    static Path packFolder(Path parent, Path register, LocalDate day) {
        String base = register.getFileName().toString().replaceFirst("\\.steward$", "") + "-audit-pack-" + day;
        Path candidate = parent.resolve(base);
        for (int i = 2; Files.exists(candidate); i++) candidate = parent.resolve(base + "-" + i);
        return candidate;
    }
}
