package dev.steward.ui.workshop;

import dev.steward.app.RiskBoard;
import dev.steward.domain.Risk;
import dev.steward.domain.scoring.RatingView;
import dev.steward.domain.scoring.VoteSpread;
import dev.steward.ui.risks.Bands;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Workshop mode's screen: one risk in large type, who has voted, the spread, and the chair's
 * consensus. Keyboard only: digits vote, arrows move, Enter records, Esc leaves.
 */
public final class WorkshopView extends BorderPane {
    private final WorkshopViewModel vm;
    private final Runnable close;

    public WorkshopView(WorkshopViewModel vm, Runnable close) {
        this.vm = vm;
        this.close = close;
        getStylesheets().add(Bands.STYLESHEET);
        getStyleClass().add("workshop");
        setId("workshop");
        setFocusTraversable(true);
        addEventFilter(KeyEvent.KEY_PRESSED, this::key);
        for (Observable o : new Observable[]{vm.currentProperty(), vm.votes(), vm.voterProperty(), vm.spreadProperty(),
                vm.consensusModeProperty(), vm.consensusLikelihoodProperty(), vm.consensusImpactProperty(),
                vm.targetProperty(), vm.elapsedProperty(), vm.model().boardProperty()}) {
            o.addListener(x -> render());
        }
        render();
    }

    private void key(KeyEvent e) {
        KeyCode k = e.getCode();
        if (k.isDigitKey()) vm.digit(k.getName().charAt(k.getName().length() - 1) - '0'); // "3" and "Numpad 3"
        else if (k == KeyCode.RIGHT || k == KeyCode.PAGE_DOWN) vm.next();
        else if (k == KeyCode.LEFT || k == KeyCode.PAGE_UP) vm.previous();
        else if (k == KeyCode.DOWN || k == KeyCode.TAB) vm.nextVoter();
        else if (k == KeyCode.UP) vm.previousVoter();
        else if (k == KeyCode.BACK_SPACE || k == KeyCode.DELETE) vm.clearVote();
        else if (k == KeyCode.ENTER) vm.enter();
        else if (k == KeyCode.I) vm.targetProperty().set(RatingView.INHERENT);
        else if (k == KeyCode.R) vm.targetProperty().set(RatingView.RESIDUAL);
        else if (k == KeyCode.ESCAPE) {
            if (vm.consensusModeProperty().get()) vm.cancelConsensus();
            else close.run();
        } else return;
        e.consume();
    }

    private void render() {
        RiskBoard b = vm.model().board();
        Risk r = vm.currentProperty().get();
        setTop(topBar(r));
        if (r == null) {
            Label none = new Label("No open risks to score. Add risks in the Risks section, then press F11 again. Esc leaves.");
            none.setWrapText(true);
            setCenter(none);
            setRight(null);
            return;
        }
        setCenter(riskPanel(r, b));
        setRight(votePanel(b));
        Label keys = new Label("1–" + b.matrix().size() + " vote: likelihood, then impact   ·   ↑ ↓ member   ·   ← → risk   ·   "
                + "⌫ clear   ·   Enter consensus / record   ·   I / R inherent / residual   ·   Esc leave");
        keys.getStyleClass().add("workshop-keys");
        keys.setWrapText(true);
        setBottom(keys);
    }

    private HBox topBar(Risk r) {
        Label mode = new Label("Workshop · scoring " + vm.targetProperty().get().label().toLowerCase(java.util.Locale.ROOT));
        mode.getStyleClass().add("workshop-muted");
        Label position = new Label(vm.queue().isEmpty() ? "" : "Risk " + (vm.indexProperty().get() + 1) + " of " + vm.queue().size()
                + " · " + vm.recordedProperty().get() + " recorded");
        position.getStyleClass().add("workshop-muted");
        int s = vm.elapsedProperty().get();
        Label timer = new Label(String.format("%d:%02d", s / 60, s % 60));
        timer.setId("workshopTimer");
        timer.getStyleClass().add("workshop-timer");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(32, mode, position, gap, timer);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 16, 0));
        return bar;
    }

    private VBox riskPanel(Risk r, RiskBoard b) {
        Label id = new Label(r.id() + " · " + b.categoryName(r.categoryCode()));
        id.getStyleClass().add("workshop-id");
        Label title = new Label(r.title());
        title.setId("workshopTitle");
        title.getStyleClass().add("workshop-heading");
        title.setWrapText(true);
        VBox box = new VBox(18, id, title);
        line(box, "Cause", r.cause());
        line(box, "Event", r.event());
        line(box, "Consequence", r.consequence());
        var e = b.evaluation(r);
        if (e != null) {
            var rating = vm.targetProperty().get().of(r);
            Label now = new Label("Now: " + (rating == null ? "not assessed" : rating.likelihood() + " × " + rating.impact()
                    + " = " + rating.score() + " " + b.matrix().band(rating.score()).name()) + "   ·   tolerance " + e.tolerance());
            now.getStyleClass().add("workshop-muted");
            box.getChildren().add(now);
        }
        box.setPadding(new Insets(0, 48, 0, 0));
        return box;
    }

    private static void line(VBox box, String what, String text) {
        if (text == null || text.isBlank()) return;
        Label l = new Label(what + ": " + text);
        l.setWrapText(true);
        box.getChildren().add(l);
    }

    private VBox votePanel(RiskBoard b) {
        VBox voters = new VBox(6);
        voters.setId("workshopVoters");
        for (int i = 0; i < vm.votes().size(); i++) {
            MemberVote v = vm.votes().get(i);
            Label name = new Label(v.member().name());
            Region gap = new Region();
            HBox.setHgrow(gap, Priority.ALWAYS);
            Label vote = new Label(v.describe());
            vote.getStyleClass().add(v.complete() ? "workshop-vote" : "workshop-muted");
            HBox row = new HBox(16, name, gap, vote);
            row.getStyleClass().add("workshop-voter");
            if (i == vm.voterProperty().get() && !vm.consensusModeProperty().get()) row.getStyleClass().add("workshop-voter-current");
            voters.getChildren().add(row);
        }
        long voted = vm.votes().stream().filter(MemberVote::complete).count();
        Label heading = new Label("Votes " + voted + " of " + vm.votes().size());
        heading.getStyleClass().add("workshop-id");
        VBox panel = new VBox(14, heading, voters, spread(vm.spreadProperty().get()), consensus(b));
        panel.getStyleClass().add("workshop-panel");
        panel.setPrefWidth(720);
        panel.setMinWidth(640);
        return panel;
    }

    private Label spread(VoteSpread s) {
        Label l = new Label(s == null ? "Spread: no votes yet"
                : "Spread: L " + s.minLikelihood() + "–" + s.maxLikelihood() + " · I " + s.minImpact() + "–" + s.maxImpact()
                + " · score " + s.minScore() + "–" + s.maxScore() + (s.unanimous() ? " · unanimous" : s.wide() ? " · wide: discuss" : ""));
        l.setId("workshopSpread");
        l.setWrapText(true);
        return l;
    }

    private VBox consensus(RiskBoard b) {
        Integer l = vm.consensusLikelihoodProperty().get(), i = vm.consensusImpactProperty().get();
        Label label = new Label(vm.consensusModeProperty().get() ? "Consensus (Enter records)" : "Enter: chair sets consensus");
        label.getStyleClass().add("workshop-muted");
        Label score = new Label(l == null ? "–" : l + " × " + (i == null ? "…" : i + " = " + l * i + " " + b.matrix().band(l * i).name()));
        score.setId("workshopConsensus");
        score.getStyleClass().add("workshop-score");
        if (l != null && i != null) score.getStyleClass().add(Bands.styleClass(b.matrix().band(l * i).colour()));
        return new VBox(8, label, score);
    }
}
