package dev.steward.ui.risks;

import dev.steward.app.Actor;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.RiskService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.catalog.JsonTemplates;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.TestRiskPorts;

import java.nio.file.Path;

/** The demo register opened in a temp folder, with a risk board on the demo's "today". */
final class DemoRisks implements AutoCloseable {
    final RecordingDialogs dialogs = new RecordingDialogs();
    final OpenedRegister opened;
    final RiskBoardModel board;

    DemoRisks(Path dir) {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(TestRiskPorts.clock(), "test"),
                new JsonTemplates(), new Actor("tester", "Zoë Łukasiewicz"));
        Path file = dir.resolve("demo.steward");
        registers.writeDemo(file);
        opened = registers.open(file);
        board = new RiskBoardModel(new SameThreadTaskRunner(), dialogs, new RiskService(TestRiskPorts.clock()));
        board.reload(opened);
    }

    @Override
    public void close() {
        opened.register().close();
    }
}
