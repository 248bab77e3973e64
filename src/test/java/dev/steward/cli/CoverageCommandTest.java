package dev.steward.cli;

import dev.steward.app.Actor;
import dev.steward.app.CoverageService;
import dev.steward.app.CoverageSnapshot;
import dev.steward.app.RegisterService;
import dev.steward.catalog.FileCatalogSource;
import dev.steward.catalog.JsonControlLibrary;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.coverage.FrameworkCoverage;
import dev.steward.store.SqliteRegisterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

class CoverageCommandTest {
    @TempDir
    Path dir;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final RegisterService registers = new RegisterService(new SqliteRegisterFiles(Clock.systemUTC(), "test"),
            new JsonTemplates(), new Actor("ci", null));
    private final FileCatalogSource catalogs = new FileCatalogSource(dir == null ? Path.of("target/no-custom") : dir, Clock.systemUTC());

    private int run(String... args) {
        CommandLine cli = StewardCli.commandLine(new CliServices(registers, (f, p) -> 0, catalogs, null));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void printsTheSamePercentagesAsTheAppServiceAndTheGaps() {
        Path file = dir.resolve("demo.steward");
        registers.writeDemo(file);
        assertThat(run("coverage", file.toString())).isEqualTo(1);
        String text = out.toString();
        var opened = registers.open(file);
        try {
            CoverageSnapshot s = new CoverageService(catalogs, new JsonControlLibrary(), catalogs, Clock.systemUTC())
                    .snapshot(opened.register());
            for (String id : s.frameworks()) {
                FrameworkCoverage f = s.coverage(id);
                assertThat(text).contains("(" + id + "): " + f.total().applicable() + " applicable clauses\n  " + f.total().summary());
            }
        } finally {
            opened.register().close();
        }
        assertThat(text).contains("GOVERN").contains("GAP  ").contains("PARTIAL  A.6.2.8");
    }

    @Test
    void oneFrameworkOnlyAndAnUnknownIdIsBadInput() {
        Path file = dir.resolve("demo.steward");
        registers.writeDemo(file);
        assertThat(run("coverage", file.toString(), "--framework", "iso-iec-42001-2023")).isEqualTo(1);
        assertThat(out.toString()).contains("(iso-iec-42001-2023)").doesNotContain("(nist-ai-rmf-1.0)");
        assertThat(run("coverage", file.toString(), "--framework", "iso-9001")).isEqualTo(2);
        assertThat(err.toString().strip()).startsWith("steward: demo.steward: --framework: no catalog 'iso-9001'");
    }
}
