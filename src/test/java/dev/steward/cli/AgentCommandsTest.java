package dev.steward.cli;

import dev.steward.app.Actor;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Agent;
import dev.steward.store.SqliteRegisterFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** steward check, import agents and generate, run as a user would, with their output and exit codes. */
class AgentCommandsTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    final RegisterService registers = new RegisterService(new SqliteRegisterFiles(CLOCK, "test"), new JsonTemplates(),
            new Actor("tester", null));
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new StewardCli((f, e) -> 0));
        AgentCommands.addTo(cli, registers, CLOCK);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("steward: " + e.getMessage());
            return 2;
        });
        return cli.execute(args);
    }

    @Test
    void checkPrintsOneTabSeparatedLinePerViolationAndExitsOne() throws Exception {
        Path demo = dir.resolve("demo.steward");
        registers.writeDemo(demo);
        assertThat(run("check", demo.toString())).isEqualTo(1);
        String[] lines = out.toString().split("\n");
        assertThat(lines).isNotEmpty().allMatch(l -> l.matches("(AG|R)-\\d{4}\tPOL-\\d{3}\t(LOW|MEDIUM|HIGH|CRITICAL)\t.+"));
        assertThat(out.toString()).contains("\tPOL-006\tCRITICAL\t"); // the demo's shadow tools in use
    }

    @Test
    void checkExitsZeroWhenNothingIsWrong() {
        Path empty = dir.resolve("empty.steward");
        registers.createEmpty(empty).register().close();
        assertThat(run("check", empty.toString())).isZero();
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void importAgentsPrintsCountsAndRowProblems() throws Exception {
        Path register = dir.resolve("r.steward");
        registers.createEmpty(register).register().close();
        Path csv = dir.resolve("found.csv");
        Files.writeString(csv, "tool,vendor,colour,users\nChatGPT,OpenAI,red,4\nGemini,Google,blue,lots\n");

        assertThat(run("import", "agents", register.toString(), csv.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("found.csv:3: users: 'lots' is not a whole number\n");
        assertThat(out.toString()).contains("unknown columns ignored: colour", "created 1, updated 0, unchanged 0, invalid 1",
                "nothing written");
        assertThat(count(register)).isZero();

        out.getBuffer().setLength(0);
        assertThat(run("import", "agents", register.toString(), csv.toString(), "--skip-invalid", "--dry-run")).isZero();
        assertThat(out.toString()).contains("dry run: nothing written");
        assertThat(count(register)).isZero();

        assertThat(run("import", "agents", register.toString(), csv.toString(), "--skip-invalid")).isZero();
        assertThat(count(register)).isEqualTo(1);
    }

    @Test
    void importOfABadFileIsOneLineOnStderrAndExitTwo() throws Exception {
        Path register = dir.resolve("r.steward");
        registers.createEmpty(register).register().close();
        Path csv = dir.resolve("nocol.csv");
        Files.writeString(csv, "vendor\nOpenAI\n");
        assertThat(run("import", "agents", register.toString(), csv.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("steward: nocol.csv:1: name: no name column (a header named name, agent, tool or app is required)\n");
    }

    @Test
    void generateWritesALargeValidRegister() {
        Path big = dir.resolve("big.steward");
        assertThat(run("generate", big.toString(), "--agents", "300", "--risks", "40")).isZero();
        OpenedRegister opened = registers.open(big);
        try {
            assertThat(opened.register().count(EntityKinds.AGENT)).isEqualTo(300);
            assertThat(opened.register().count(EntityKinds.RISK)).isEqualTo(40);
            assertThat(opened.register().changeLog().verify().intact()).isTrue();
            assertThat(opened.register().all(EntityKinds.AGENT)).extracting(Agent::id).contains("AG-0300");
        } finally {
            opened.register().close();
        }
    }

    private int count(Path register) {
        OpenedRegister opened = registers.open(register);
        try {
            return opened.register().count(EntityKinds.AGENT);
        } finally {
            opened.register().close();
        }
    }
}
