package dev.steward.export;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.pack.AuditPackService;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A demo register and the services to export it, as the app wires them. */
final class PackFixture {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:30:00Z"), ZoneOffset.UTC);

    final RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(),
            new Actor("auditor", "Zoë Łukasiewicz"));
    final AuditPackService packs;

    PackFixture(Path dir) {
        var catalogs = new FileCatalogSource(dir.resolve("catalogs"), CLOCK);
        packs = new AuditPackService(new AuditPackFiles(), catalogs,
                new dev.steward.app.CoverageService(catalogs, new dev.steward.catalog.JsonControlLibrary(), catalogs, CLOCK), CLOCK, "test");
    }

    OpenedRegister demo(Path file) {
        registers.writeDemo(file);
        return registers.open(file);
    }
}
