package dev.steward.app;

import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonControlLibrary;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** The demo register and the real catalogs, for tests of the coverage, controls and evidence use cases. */
public final class DemoRegisters {
    /** The demo company's "today". */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    public static final Actor ACTOR = new Actor("tester", null);

    private DemoRegisters() {
    }

    public static OpenedRegister demo(Path dir) {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(), ACTOR);
        Path file = dir.resolve("demo.steward");
        registers.writeDemo(file);
        return registers.open(file);
    }

    public static CoverageService coverage(Path dir) {
        FileCatalogSource catalogs = new FileCatalogSource(dir.resolve("no-custom"), CLOCK);
        return new CoverageService(catalogs, new JsonControlLibrary(), catalogs, CLOCK);
    }
}
