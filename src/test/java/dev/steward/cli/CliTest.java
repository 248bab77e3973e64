package dev.steward.cli;

import dev.steward.app.Actor;
import dev.steward.app.RegisterService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CliTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> uiStarts = new ArrayList<>();

    private int run(String... args) {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(Clock.systemUTC(), "test"),
                new JsonTemplates(), new Actor("ci", null));
        var catalogs = new dev.steward.catalog.FileCatalogSource(dir.resolve("catalogs"), Clock.systemUTC());
        CommandLine cli = StewardCli.commandLine(new CliServices(registers, (file, probe) -> {
            uiStarts.add(file + " " + probe);
            return 0;
        }, catalogs, new dev.steward.app.pack.AuditPackService(new dev.steward.export.AuditPackFiles(), catalogs,
                new dev.steward.app.CoverageService(catalogs, new dev.steward.catalog.JsonControlLibrary(), catalogs, Clock.systemUTC()),
                Clock.systemUTC(), "test")));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void demoWritesARegisterWhoseLogVerifies() {
        Path file = dir.resolve("demo.steward");
        assertThat(run("demo", file.toString())).isEqualTo(0);
        assertThat(out.toString()).contains("wrote the demo register to");
        assertThat(run("log", "verify", file.toString())).isEqualTo(0);
        assertThat(out.toString()).containsPattern("change log verified: \\d+ rows, chain intact");
    }

    @Test
    void demoRefusesToOverwriteAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("mine.steward"), "precious");
        assertThat(run("demo", file.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("steward: mine.steward: a file of that name already exists; choose another name");
        assertThat(Files.readString(file)).isEqualTo("precious");
    }

    @Test
    void incidentsListsTheOpenOnesWithTheirArt73DateAndFlagsAMissedOne() {
        Path file = dir.resolve("incidents.steward");
        run("demo", file.toString());
        out.getBuffer().setLength(0);
        // IN-0001 is serious, detected 2026-11-10, still contained: its report is due by 2026-11-25
        boolean late = java.time.LocalDate.now(java.time.ZoneOffset.UTC).isAfter(java.time.LocalDate.of(2026, 11, 25));
        assertThat(run("incidents", file.toString())).isEqualTo(late ? 1 : 0);
        assertThat(out.toString().lines()).singleElement().asString()
                .startsWith("IN-0001\tHIGH\tCONTAINED\t2026-11-10T09:15:00Z\treport by 2026-11-25")
                .endsWith("\tCV screener ranked applicants with career breaks lower");
        out.getBuffer().setLength(0);
        run("incidents", "--all", file.toString());
        assertThat(out.toString().lines()).hasSize(2).last().asString().startsWith("IN-0002\tMEDIUM\tCLOSED\t").contains("\t-\t");
    }

    @Test
    void logVerifyExitsOneNamingTheFirstBadRow() throws Exception {
        Path file = dir.resolve("tampered.steward");
        run("demo", file.toString());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER change_log_no_update");
            st.execute("UPDATE change_log SET actor = 'mallory' WHERE seq = 7");
        }
        assertThat(run("log", "verify", file.toString())).isEqualTo(1);
        assertThat(out.toString()).contains("change log broken at seq 7");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws Exception {
        assertThat(run("log", "verify", dir.resolve("nope.steward").toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("steward: nope.steward: no such file");
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        err.getBuffer().setLength(0);
        assertThat(run("log", "verify", text.toString())).isEqualTo(2);
        assertThat(err.toString().strip()).isEqualTo("steward: notes.txt: is not a Steward register (it is not a SQLite database)");
    }

    @Test
    void unknownOptionsAreBadUsage() {
        assertThat(run("--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option: '--no-such-option'");
        assertThat(uiStarts).isEmpty();
    }

    @Test
    void helpAndVersionExitZero() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out.toString()).contains("demo", "log", "open");
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out.toString()).contains("Steward");
    }

    @Test
    void noCommandOrOpenStartsTheDesktop() {
        assertThat(run()).isEqualTo(0);
        assertThat(run("open", "x.steward")).isEqualTo(0);
        assertThat(run("--exit-after-first-frame", "y.steward")).isEqualTo(0);
        assertThat(uiStarts).containsExactly("null false", "x.steward false", "y.steward true");
    }
}
