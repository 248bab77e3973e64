package dev.steward.ui.export;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.app.pack.AuditPackService;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonTemplates;
import dev.steward.export.AuditPackFiles;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class ExportViewModelTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void exportsIntoANewDatedFolderAndSaysWhere() throws Exception {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(), new Actor("t", null));
        registers.writeDemo(dir.resolve("demo.steward"));
        OpenedRegister opened = registers.open(dir.resolve("demo.steward"));
        RecordingDialogs dialogs = new RecordingDialogs();
        var cats = new FileCatalogSource(dir.resolve("c"), CLOCK);
        var packs = new AuditPackService(new AuditPackFiles(), cats,
                new dev.steward.app.CoverageService(cats, new dev.steward.catalog.JsonControlLibrary(), cats, CLOCK), CLOCK, "test");
        ExportViewModel vm = new ExportViewModel(packs, new SameThreadTaskRunner(), dialogs, CLOCK);
        Path parent = Files.createDirectories(dir.resolve("out"));
        dialogs.nextFolder = parent;
        try {
            vm.export(opened, "t");
            vm.export(opened, "t");
        } finally {
            opened.register().close();
        }
        assertThat(parent.resolve("demo-audit-pack-2026-11-25/manifest.json")).exists();
        assertThat(parent.resolve("demo-audit-pack-2026-11-25-2/demo-register.xlsx")).exists();
        assertThat(dialogs.shown).hasSize(2).allSatisfy(s -> assertThat(s).startsWith("info: Audit pack written"));
    }

    @Test
    void choosingNoFolderDoesNothing() {
        RecordingDialogs dialogs = new RecordingDialogs();
        new ExportViewModel(null, new SameThreadTaskRunner(), dialogs, CLOCK).export(null, "t");
        assertThat(dialogs.shown).isEmpty();
        assertThat(ExportViewModel.packFolder(dir, Path.of("x/reg.steward"), LocalDate.of(2026, 1, 2)))
                .isEqualTo(dir.resolve("reg-audit-pack-2026-01-02"));
    }
}
