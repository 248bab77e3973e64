package dev.steward.importing;

import dev.steward.app.EntityKinds;
import dev.steward.app.inventory.ImportOutcome;
import dev.steward.app.inventory.ImportReport;
import dev.steward.app.inventory.RowProblem;
import dev.steward.domain.Agent;
import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.Lifecycle;
import dev.steward.domain.Sanction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentImportTest {
    @TempDir
    Path dir;
    ImportFixture f;

    @BeforeEach
    void open() {
        f = new ImportFixture(dir);
    }

    @AfterEach
    void close() {
        f.opened.register().close();
    }

    private ImportReport run(Path file) {
        return f.service.importAgents(f.opened, file, false, false);
    }

    private Agent only() {
        List<Agent> all = f.opened.register().all(EntityKinds.AGENT);
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void importsEveryFieldAsAShadowAgent() throws Exception {
        ImportReport r = run(f.csv("casb.csv", "Name,Vendor,Model,Owner,Business Unit,Discovery Source,Data Classes,First Seen,Last Seen,Users\n"
                + "ChatGPT,OpenAI,gpt-4o,ada@example.com,Marketing,CASB log,personal; confidential,2026-10-01,2026-11-20,42\n"));
        assertThat(r.summary()).isEqualTo("created 1, updated 0, unchanged 0, invalid 0");
        assertThat(r.written()).isTrue();
        Agent a = only();
        assertThat(a.id()).isEqualTo("AG-0001");
        assertThat(a.name()).isEqualTo("ChatGPT");
        assertThat(a.platform().vendor()).isEqualTo("OpenAI");
        assertThat(a.platform().model()).isEqualTo("gpt-4o");
        assertThat(a.owner()).contains("P-0001");
        assertThat(a.businessUnit()).isEqualTo("Marketing");
        assertThat(a.provenance().sanction()).isEqualTo(Sanction.SHADOW);
        assertThat(a.provenance().discoverySource()).isEqualTo(DiscoverySource.CASB_LOG);
        assertThat(a.lifecycle()).isEqualTo(Lifecycle.PROPOSED);
        assertThat(a.dataClasses()).containsExactly(DataClass.CONFIDENTIAL, DataClass.PERSONAL);
        assertThat(a.sighting().firstSeen()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(a.sighting().lastSeen()).isEqualTo(LocalDate.of(2026, 11, 20));
        assertThat(a.sighting().users()).isEqualTo(42);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "agent|Department|source", "TOOL|department|SOURCE", "App|business_unit|discovery-source",
            "name|BUSINESS-UNIT|Discovery_Source", " N a m e |businessunit|discoverysource"})
    void acceptsEveryHeaderAliasIgnoringCaseSpacesUnderscoresAndHyphens(String name, String unit, String source) throws Exception {
        ImportReport r = run(f.csv("a.csv", name + "," + unit + "," + source + ",first_seen,LAST SEEN,data-classes,users\n"
                + "Copilot,Sales,browser extension scan,2026-01-02,2026-01-03,source code,3\n"));
        assertThat(r.problems()).isEmpty();
        Agent a = only();
        assertThat(a.name()).isEqualTo("Copilot");
        assertThat(a.businessUnit()).isEqualTo("Sales");
        assertThat(a.provenance().discoverySource()).isEqualTo(DiscoverySource.BROWSER_EXTENSION_SCAN);
        assertThat(a.dataClasses()).containsExactly(DataClass.SOURCE_CODE);
        assertThat(a.sighting()).isEqualTo(new dev.steward.domain.Sighting(LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 3), 3));
    }

    @Test
    void readsABomSemicolonsAndQuotedNewlines() throws Exception {
        ImportReport r = run(f.csv("eu.csv", "\uFEFFname;vendor;data classes\n\"Notes\nhelper\";\"Acme; Inc\";\"personal, financial\"\nDeepL;DeepL SE;\n"));
        assertThat(r.summary()).isEqualTo("created 2, updated 0, unchanged 0, invalid 0");
        List<Agent> all = f.opened.register().all(EntityKinds.AGENT);
        assertThat(all).extracting(Agent::name).containsExactly("Notes\nhelper", "DeepL");
        assertThat(all.get(0).platform().vendor()).isEqualTo("Acme; Inc");
        assertThat(all.get(0).dataClasses()).containsExactly(DataClass.PERSONAL, DataClass.FINANCIAL);
        assertThat(r.lines()).extracting(ImportReport.Line::row).containsExactly(2, 3);
    }

    @Test
    void reportsAndIgnoresUnknownColumns() throws Exception {
        ImportReport r = run(f.csv("u.csv", "name,colour,Risk score\nX,red,9\n"));
        assertThat(r.unknownColumns()).containsExactly("colour", "Risk score");
        assertThat(r.count(ImportOutcome.CREATE)).isEqualTo(1);
    }

    @Test
    void aFileWithoutANameColumnIsRefused() throws Exception {
        assertThatThrownBy(() -> run(f.csv("n.csv", "vendor,model\nOpenAI,gpt\n")))
                .hasMessage("n.csv:1: name: no name column (a header named name, agent, tool or app is required)");
    }

    @Test
    void aRowMatchingAnExistingAgentUpdatesItsLastSeenInsteadOfDuplicating() throws Exception {
        run(f.csv("1.csv", "name,vendor,first seen,last seen,users\nChatGPT,OpenAI,2026-10-01,2026-10-10,5\n"));
        ImportReport again = run(f.csv("2.csv", "tool,vendor,last seen,users\nchatgpt,OPENAI,2026-11-20,3\nChatGPT,OpenAI,2026-11-01,\n"));
        assertThat(again.summary()).isEqualTo("created 0, updated 1, unchanged 1, invalid 0");
        Agent a = only();
        assertThat(a.sighting()).isEqualTo(new dev.steward.domain.Sighting(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 11, 20), 5));
        ImportReport third = run(f.csv("3.csv", "name,vendor,last seen\nChatGPT,OpenAI,2026-11-20\n"));
        assertThat(third.summary()).isEqualTo("created 0, updated 0, unchanged 1, invalid 0");
        assertThat(third.written()).isFalse();
        // same name, another vendor: another agent
        run(f.csv("4.csv", "name,vendor\nChatGPT,Microsoft\n"));
        assertThat(f.agents()).isEqualTo(2);
    }

    @Test
    void duplicateRowsInOneFileBecomeOneAgent() throws Exception {
        ImportReport r = run(f.csv("d.csv", "name,vendor,last seen\nGemini,Google,2026-11-01\nGEMINI,google,2026-11-05\n"));
        assertThat(r.summary()).isEqualTo("created 1, updated 1, unchanged 0, invalid 0");
        assertThat(only().sighting().lastSeen()).isEqualTo(LocalDate.of(2026, 11, 5));
    }

    @Test
    void reportsEachKindOfInvalidRowAsFileRowFieldProblem() throws Exception {
        Path file = f.csv("bad.csv", "name,owner,discovery source,data classes,first seen,last seen,users\n"
                + ",,,,,,\n".replace(",,,,,,", " ,Bo Chen,,,,,")
                + "A,Nobody,,,,,\n"
                + "B,,carrier pigeon,,,,\n"
                + "C,,,gossip,,,\n"
                + "D,,,,yesterday,,\n"
                + "E,,,,2026-11-02,2026-11-01,\n"
                + "F,,,,,,many\n"
                + "G,,,,,,-4\n"
                + "H,P-0002,,,,,\n");
        ImportReport r = run(file);
        assertThat(r.problems()).extracting(RowProblem::toString).containsExactly(
                "bad.csv:2: name: is required",
                "bad.csv:3: owner: no person 'Nobody' in the register (use a name, e-mail or id like P-0001)",
                "bad.csv:4: discovery source: unknown discovery source 'carrier pigeon' (use CASB log, outbound API monitoring, browser extension scan, manual or import)",
                "bad.csv:5: data classes: unknown data class 'gossip' (known: public, internal, confidential, personal, special category, financial, credentials, source code)",
                "bad.csv:6: first seen: 'yesterday' is not a date (use an ISO date like 2026-11-23)",
                "bad.csv:7: last seen: 2026-11-01 is before first seen 2026-11-02",
                "bad.csv:8: users: 'many' is not a whole number",
                "bad.csv:9: users: must not be negative: -4");
        assertThat(r.summary()).isEqualTo("created 1, updated 0, unchanged 0, invalid 8");
        assertThat(r.written()).isFalse();
        assertThat(f.agents()).isZero();
    }

    @Test
    void skipInvalidWritesTheValidRowsInOneTransaction() throws Exception {
        long log = f.logSize();
        Path file = f.csv("mixed.csv", "name,users\nA,1\nB,lots\nC,2\n");
        ImportReport r = f.service.importAgents(f.opened, file, false, true);
        assertThat(r.written()).isTrue();
        assertThat(r.summary()).isEqualTo("created 2, updated 0, unchanged 0, invalid 1");
        assertThat(f.agents()).isEqualTo(2);
        assertThat(f.logSize()).isEqualTo(log + 2);
        // one edit: a single undo takes the whole import back
        f.opened.history().undo();
        assertThat(f.agents()).isZero();
    }

    @Test
    void aDryRunWritesNothing() throws Exception {
        long log = f.logSize();
        ImportReport r = f.service.importAgents(f.opened, f.csv("dry.csv", "name\nA\nB\n"), true, false);
        assertThat(r.summary()).isEqualTo("created 2, updated 0, unchanged 0, invalid 0");
        assertThat(r.written()).isFalse();
        assertThat(f.agents()).isZero();
        assertThat(f.logSize()).isEqualTo(log);
        assertThat(f.service.preview(f.opened.register(), f.csv("dry2.csv", "name\nA\n")).lines()).hasSize(1);
    }

    @Test
    void readsSpreadsheetDateNumbersAndIsoDateTimes() throws Exception {
        run(f.csv("s.csv", "name,first seen,last seen\nX,46326,2026-11-23T08:15:00Z\n"));
        assertThat(only().sighting().firstSeen()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(only().sighting().lastSeen()).isEqualTo(LocalDate.of(2026, 11, 23));
    }

    @Test
    void refusesTextThatIsNotUtf8OrNotCsv() throws Exception {
        Path latin1 = dir.resolve("l.csv");
        java.nio.file.Files.write(latin1, "name\nCaf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> run(latin1)).hasMessage("l.csv: not UTF-8 text; save the file as CSV UTF-8 or as .xlsx");
        assertThatThrownBy(() -> run(f.csv("q.csv", "name\n\"open quote\nX\n"))).hasMessageStartingWith("q.csv: not valid CSV");
        assertThatThrownBy(() -> run(f.csv("e.csv", ""))).hasMessageContaining("e.csv: the file is empty");
        assertThatThrownBy(() -> run(dir.resolve("missing.csv"))).hasMessage("missing.csv: no such file");
    }

    @Test
    void theImportIsOneTransactionSoAFailedWriteLeavesNothingBehind() throws Exception {
        run(f.csv("first.csv", "name,vendor,last seen\nChatGPT,OpenAI,2026-10-01\n"));
        Agent stored = only();
        // Another window changes the agent after the import has read it: the import's update is stale.
        dev.steward.app.RegisterPort stale = (dev.steward.app.RegisterPort) java.lang.reflect.Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {dev.steward.app.RegisterPort.class}, (proxy, method, args) -> {
                    Object result;
                    try {
                        result = method.invoke(f.opened.register(), args);
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        throw e.getCause();
                    }
                    if (method.getName().equals("all") && args[0] == EntityKinds.AGENT) {
                        return List.of(stored.withReview(new dev.steward.domain.ReviewSchedule(null, 1)));
                    }
                    return result;
                });
        var opened = new dev.steward.app.OpenedRegister(stale, new dev.steward.app.EditHistory(stale,
                new dev.steward.app.Actor("t", null), 10));
        long log = f.logSize();
        Path file = f.csv("second.csv", "name,vendor,last seen\nNew tool,Acme,2026-11-01\nChatGPT,OpenAI,2026-11-20\n");
        assertThatThrownBy(() -> f.service.importAgents(opened, file, false, false))
                .isInstanceOf(dev.steward.app.StaleEditException.class);
        assertThat(f.agents()).isEqualTo(1);
        assertThat(only()).isEqualTo(stored);
        assertThat(f.logSize()).isEqualTo(log);
    }
}
