package dev.steward.ui.workshop;

import dev.steward.app.Actor;
import dev.steward.app.EntityKinds;
import dev.steward.app.OpenedRegister;
import dev.steward.app.RegisterService;
import dev.steward.app.RiskService;
import dev.steward.app.SameThreadTaskRunner;
import dev.steward.app.WorkshopService;
import dev.steward.catalog.JsonTemplates;
import dev.steward.domain.Rating;
import dev.steward.domain.WorkshopRound;
import dev.steward.store.SqliteRegisterFiles;
import dev.steward.ui.RecordingDialogs;
import dev.steward.ui.TestRiskPorts;
import dev.steward.ui.risks.RiskBoardModel;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** A workshop round by keyboard: three members vote, the chair records the consensus, the log has it all. */
@ExtendWith(ApplicationExtension.class)
class WorkshopRoundTest {
    @TempDir
    static Path dir;

    private OpenedRegister opened;
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Start
    void start(Stage stage) {
        RegisterService registers = new RegisterService(new SqliteRegisterFiles(TestRiskPorts.clock(), "test"),
                new JsonTemplates(), new Actor("tester", "Zoë Łukasiewicz"));
        Path file = dir.resolve("ws-" + System.nanoTime() + ".steward");
        registers.writeDemo(file);
        opened = registers.open(file);
        RiskBoardModel board = new RiskBoardModel(new SameThreadTaskRunner(), dialogs, new RiskService(TestRiskPorts.clock()));
        board.reload(opened);
        WorkshopViewModel vm = new WorkshopViewModel(board, new WorkshopService(TestRiskPorts.clock()));
        WorkshopStage.open(stage, vm, false);
    }

    @AfterEach
    void close() {
        opened.register().close();
    }

    @Test
    void membersVoteTheChairRecordsAndTheChangeLogHoldsBoth(FxRobot robot) {
        assertThat(robot.lookup("#workshopTitle").queryAs(Label.class).getText()).isEqualTo("Unapproved financial postings");
        robot.type(KeyCode.RIGHT);
        assertThat(robot.lookup("#workshopTitle").queryAs(Label.class).getText()).isEqualTo("Unreviewed code reaches production");
        robot.type(KeyCode.LEFT);
        long logBefore = opened.register().changeLog().size();

        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT5);   // chair: 2 x 5
        robot.type(KeyCode.DIGIT3, KeyCode.DIGIT5);   // security: 3 x 5
        robot.type(KeyCode.DIGIT1, KeyCode.DIGIT4);   // AI development: 1 x 4
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#workshopSpread").queryAs(Label.class).getText())
                .isEqualTo("Spread: L 1–3 · I 4–5 · score 4–15 · wide: discuss");

        robot.type(KeyCode.ENTER);                     // consensus starts at the cautious median, 2 x 5
        assertThat(robot.lookup("#workshopConsensus").queryAs(Label.class).getText()).isEqualTo("2 × 5 = 10 High");
        robot.type(KeyCode.DIGIT2, KeyCode.DIGIT4);   // the chair settles on 2 x 4
        robot.type(KeyCode.ENTER);                     // and records it
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(opened.register().find(EntityKinds.RISK, "R-0001").orElseThrow().residual()).isEqualTo(new Rating(2, 4));
        WorkshopRound round = opened.register().all(EntityKinds.WORKSHOP_ROUND).get(0);
        assertThat(round.riskId()).isEqualTo("R-0001");
        assertThat(round.chairId()).isEqualTo("P-0001");
        assertThat(round.votes()).extracting(v -> v.personId() + "=" + v.rating().likelihood() + "x" + v.rating().impact())
                .containsExactly("P-0001=2x5", "P-0002=3x5", "P-0003=1x4");
        assertThat(round.consensus()).isEqualTo(new Rating(2, 4));
        var log = opened.register().changeLog().page(logBefore, 10);
        assertThat(log).extracting(e -> e.entityType() + " " + e.entityId())
                .containsExactly("workshop_round WR-0001", "risk R-0001");
        assertThat(robot.lookup("#workshopTitle").queryAs(Label.class).getText()).isEqualTo("Unreviewed code reaches production");
        assertThat(dialogs.shown).isEmpty();
    }
}
