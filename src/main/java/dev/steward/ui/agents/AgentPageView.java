package dev.steward.ui.agents;

import dev.steward.domain.Agent;
import dev.steward.domain.AiActRiskTier;
import dev.steward.domain.AiActRole;
import dev.steward.domain.AutonomyLevel;
import dev.steward.domain.DataClass;
import dev.steward.domain.DiscoverySource;
import dev.steward.domain.policy.Violation;
import dev.steward.ui.icons.StewardIcon;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One agent's page, grouped the way a committee walks it on a projector: Overview, Identity and
 * access, Data, Tools and actions, Oversight and limits, EU AI Act, Accountability, Review; its
 * violations and lifecycle actions first, its history last. Esc returns to the table, Ctrl+S saves.
 */
final class AgentPageView extends BorderPane {
    private final AgentEditorViewModel vm;
    private final AgentForm f;
    private final VBox groups = new VBox(6);

    AgentPageView(AgentEditorViewModel vm, Runnable back) {
        this.vm = vm;
        this.f = vm.form();
        setId("agentPage");
        getStyleClass().add("agent-page");
        setTop(header(back));
        groups.setPadding(new Insets(8, 24, 24, 24));
        groups.getChildren().addAll(violations(), actions(),
                title("Overview"), overview().grid,
                title("Identity and access"), identity().grid,
                title("Data"), data(),
                title("Tools and actions"), tools().grid,
                title("Oversight and limits"), oversight().grid,
                title("EU AI Act"), aiAct().grid,
                title("Accountability"), accountability().grid,
                title("Review"), review().grid,
                title("History"), history());
        ScrollPane scroll = new ScrollPane(groups);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        setBottom(saveBar());
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                back.run();
                e.consume();
            } else if (new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN).match(e)) {
                vm.save();
                e.consume();
            }
        });
    }

    private Node header(Runnable back) {
        Button backButton = new Button("Agents", new FontIcon(StewardIcon.ARROW_LEFT));
        backButton.setId("backToAgents");
        backButton.setOnAction(e -> back.run());
        Label name = new Label();
        name.setId("agentPageTitle");
        name.getStyleClass().add("page-title");
        HBox tags = new HBox(8);
        vm.originalProperty().addListener((o, a, agent) -> {
            if (agent == null) return;
            name.setText(agent.id() + " · " + agent.name());
            tags.getChildren().setAll(Tags.tag(Tags.words(agent.lifecycle()), Tags.tone(agent.lifecycle())),
                    Tags.tag(Tags.words(agent.provenance().sanction()), Tags.tone(agent.provenance().sanction())));
        });
        HBox bar = new HBox(16, backButton, name, tags);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(16, 24, 8, 24));
        return bar;
    }

    private Label title(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("group-title");
        return l;
    }

    private Node violations() {
        VBox box = new VBox(4);
        box.setId("agentViolations");
        Runnable fill = () -> {
            box.getChildren().clear();
            if (vm.violations().isEmpty()) {
                box.getChildren().add(Tags.tag("No policy violations", "success"));
                return;
            }
            for (Violation v : vm.violations()) {
                Label msg = new Label(v.rule().id() + "  " + v.message());
                msg.setWrapText(true);
                HBox line = new HBox(10, Tags.tag(Tags.words(v.severity()), Tags.tone(v.severity())), msg);
                line.setAlignment(Pos.CENTER_LEFT);
                line.getStyleClass().add("violation");
                box.getChildren().add(line);
            }
        };
        vm.violations().addListener((ListChangeListener<Violation>) c -> fill.run());
        fill.run();
        return box;
    }

    private Node actions() {
        ComboBox<String> who = Fields.person(vm.actingPersonProperty(), vm.people(), "— choose who records this —");
        who.setId("actingPerson");
        TextField reason = new TextField();
        reason.setId("actionReason");
        reason.setPromptText("Reason or review note (required to suspend, decommission, block or mark reviewed)");
        reason.textProperty().bindBidirectional(vm.reasonProperty());
        ComboBox<dev.steward.domain.Lifecycle> step = new ComboBox<>(vm.nextSteps());
        step.setId("nextStep");
        step.setPromptText("Move to…");
        ComboBox<dev.steward.domain.Approval> approval = new ComboBox<>();
        approval.setId("approvalChoice");
        approval.setPromptText("Approval (for approved, pilot, production)");
        approval.setOnShowing(e -> approval.getItems().setAll(vm.approvalsInForce()));
        approval.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(dev.steward.domain.Approval a) {
                return a == null ? "" : a.id() + " · " + Tags.words(a.decision()) + (a.expiry() == null ? "" : " until " + a.expiry());
            }

            @Override
            public dev.steward.domain.Approval fromString(String s) {
                return null;
            }
        });
        Button move = new Button("Move");
        move.setId("moveLifecycle");
        move.disableProperty().bind(step.valueProperty().isNull().or(vm.busyProperty()));
        move.setOnAction(e -> vm.moveTo(step.getValue(), approval.getValue()));
        Button reviewed = new Button("Mark reviewed", new FontIcon(StewardIcon.CHECK_DECAGRAM_OUTLINE));
        reviewed.setId("markReviewed");
        reviewed.setOnAction(e -> vm.markReviewed());
        Button sanction = new Button("Sanction (request approval)", new FontIcon(StewardIcon.SHIELD_CHECK_OUTLINE));
        sanction.setId("sanctionAgent");
        sanction.setOnAction(e -> vm.sanction());
        Button block = new Button("Block", new FontIcon(StewardIcon.CANCEL));
        block.setId("blockAgent");
        block.getStyleClass().add("danger");
        block.setOnAction(e -> vm.block());
        Label triage = new Label();
        triage.setWrapText(true);
        HBox triageBox = new HBox(12, new FontIcon(StewardIcon.EYE_OUTLINE), triage, sanction, block);
        triageBox.setAlignment(Pos.CENTER_LEFT);
        triageBox.getStyleClass().add("banner");
        Label inForce = new Label();
        vm.originalProperty().addListener((o, a, agent) -> {
            boolean shadow = agent != null && vm.shadowOrBlocked();
            triageBox.setVisible(shadow);
            triageBox.setManaged(shadow);
            if (agent != null) {
                triage.setText(Tags.words(agent.provenance().sanction()) + " agent, found by "
                        + Tags.source(agent.provenance().discoverySource()) + sighting(agent)
                        + ". Sanction it to start the approval flow, or block it.");
                inForce.setText("Approval in force: " + vm.approvalInForce());
            }
        });
        HBox lifecycle = new HBox(10, step, approval, move, reviewed);
        lifecycle.setAlignment(Pos.CENTER_LEFT);
        Fields.Group g = new Fields.Group(vm.errors());
        g.add("Recorded by", who, null).add("Reason / note", reason, null).add("Lifecycle", new VBox(6, lifecycle, inForce), null);
        return new VBox(10, triageBox, g.grid);
    }

    private static String sighting(Agent a) {
        if (a.sighting() == null) return "";
        var s = a.sighting();
        return (s.lastSeen() == null ? "" : ", last seen " + s.lastSeen()) + (s.users() == null ? "" : " by " + s.users() + " users");
    }

    private Fields.Group overview() {
        Fields.Group g = new Fields.Group(vm.errors());
        g.add("Name", field(f.name, "agentName"), "name");
        g.add("Purpose", area(f.purpose, 2), null);
        g.add("Business unit", field(f.businessUnit, "businessUnit"), null);
        g.add("Vendor", field(f.vendor, "vendor"), null);
        g.add("Model", field(f.model, "model"), null);
        g.add("Hosting", field(f.hosting, "hosting"), null);
        g.add("Autonomy", Fields.choice(f.autonomy, AutonomyLevel.class, null, a -> a.level() + " · " + a.label()), null);
        g.add("Discovery source", Fields.choice(f.discoverySource, DiscoverySource.class, null, Tags::source), null);
        g.add("Provisioned by", Fields.person(f.provisionedBy, vm.people(), "— unknown —"), null);
        g.add("Provisioned on", date(f.provisionedOn), null);
        return g;
    }

    private Fields.Group identity() {
        Fields.Group g = new Fields.Group(vm.errors());
        g.add("Service account", field(f.serviceAccount, "serviceAccount"), null);
        g.add("Credential type", field(f.credentialType, null), null);
        g.add("Token lifetime", withHint(field(f.tokenHours, "tokenLifetime"), "15m, 1h or 30d"), "tokenHours");
        g.add("Last credential rotation", date(f.lastRotation), null);
        CheckBox human = new CheckBox("Acts with a human's privileges (not least privilege)");
        human.selectedProperty().bindBidirectional(f.humanEquivalent);
        g.add("Human-equivalent privileges", human, null);
        g.add("Privileges", withHint(area(f.privileges, 3), "One per line: system | read, write or admin"), "privileges");
        return g;
    }

    private Node data() {
        FlowPane flow = new FlowPane(18, 10);
        flow.getStyleClass().add("group");
        for (DataClass c : DataClass.values()) {
            CheckBox box = new CheckBox(Tags.words(c));
            box.selectedProperty().bindBidirectional(f.dataClasses.get(c));
            flow.getChildren().add(box);
        }
        return flow;
    }

    private Fields.Group tools() {
        Fields.Group g = new Fields.Group(vm.errors());
        g.add("Tools and actions", withHint(area(f.tools, 5), "One per line: name, or name | high-impact kind | gated / not gated. "
                + "Kinds: financial transaction, code deployment, IAM change, data export, external communication, record deletion"), "tools");
        return g;
    }

    private Fields.Group oversight() {
        Fields.Group g = new Fields.Group(vm.errors());
        CheckBox calls = check("Tool calls", f.logToolCalls), io = check("Inputs and outputs", f.logInputsOutputs),
                path = check("Decision path", f.logDecisionPath);
        g.add("Logging", new HBox(18, calls, io, path), null);
        g.add("Log retention (days)", field(f.retentionDays, null), "retentionDays");
        TextField currency = field(f.currency, null);
        currency.setPrefColumnCount(4);
        g.add("Monthly budget", new HBox(8, field(f.budget, "budget"), currency), "budget");
        g.add("Currency", new Label("ISO code next to the budget, e.g. EUR"), "currency");
        g.add("Rate limit (calls/minute)", field(f.rateLimit, null), "rateLimit");
        g.add("Safety preconditions", area(f.safety, 2), null);
        ComboBox<String> rating = new ComboBox<>(javafx.collections.FXCollections.observableArrayList("", "1", "2", "3", "4", "5"));
        rating.setConverter(Fields.converter(s -> s == null || s.isEmpty() ? "— not assessed —" : s + " of 5"));
        rating.setValue(f.blastRating.get() == null ? "" : f.blastRating.get().toString());
        f.blastRating.addListener((o, a, v) -> rating.setValue(v == null ? "" : v.toString()));
        rating.valueProperty().addListener((o, a, v) -> f.blastRating.set(v == null || v.isEmpty() ? null : Integer.valueOf(v)));
        g.add("Blast radius", rating, "blastRating");
        g.add("Blast radius, described", area(f.blastText, 2), null);
        return g;
    }

    private Fields.Group aiAct() {
        Fields.Group g = new Fields.Group(vm.errors());
        g.add("Role", Fields.choice(f.aiRole, AiActRole.class, "— not classified —", Tags::words), null);
        g.add("Risk tier", Fields.choice(f.aiTier, AiActRiskTier.class, "— not classified —", Tags::words), null);
        g.add("Annex III area", field(f.annexArea, "annexArea"), "annexArea");
        return g;
    }

    private Fields.Group accountability() {
        Fields.Group g = new Fields.Group(vm.errors());
        g.add("Owner", Fields.person(f.owner, vm.people(), "— no owner —"), null);
        g.add("Approver", Fields.person(f.approver, vm.people(), "— no approver —"), null);
        g.add("Incident investigator", Fields.person(f.investigator, vm.people(), "— none —"), null);
        g.add("Liability holder", Fields.person(f.liabilityHolder, vm.people(), "— none —"), null);
        return g;
    }

    private Fields.Group review() {
        Fields.Group g = new Fields.Group(vm.errors());
        Label last = new Label();
        vm.originalProperty().addListener((o, a, agent) -> last.setText(agent == null || agent.review().lastReview() == null
                ? "Never reviewed" : agent.review().lastReview().toString()));
        g.add("Last review", last, null);
        Button useDefault = new Button("Use default");
        useDefault.setOnAction(e -> vm.useDefaultCadence());
        Label hint = new Label();
        hint.getStyleClass().add("hint");
        hint.textProperty().bind(vm.defaultCadenceProperty());
        TextField cadence = field(f.cadenceMonths, "cadence");
        cadence.setPrefColumnCount(4);
        HBox row = new HBox(10, cadence, useDefault, hint);
        row.setAlignment(Pos.CENTER_LEFT);
        g.add("Cadence (months)", row, "cadenceMonths");
        Label next = new Label();
        next.setId("nextDue");
        next.textProperty().bind(vm.nextDueProperty());
        next.styleProperty().bind(vm.nextDueProperty().map(t -> t.endsWith("OVERDUE") || t.startsWith("Never")
                ? "-fx-text-fill: -color-danger-fg; -fx-font-weight: bold;" : ""));
        g.add("Next review", next, null);
        return g;
    }

    private Node history() {
        javafx.scene.control.ListView<String> list = new javafx.scene.control.ListView<>(vm.history());
        list.setPrefHeight(160);
        list.setPlaceholder(new Label("No lifecycle steps, reviews or triage recorded yet."));
        return list;
    }

    private Node saveBar() {
        Label state = new Label();
        state.setId("saveState");
        state.textProperty().bind(Bindings.createStringBinding(() -> !vm.validProperty().get()
                ? vm.errors().size() + (vm.errors().size() == 1 ? " field needs" : " fields need") + " attention: "
                + String.join(" · ", vm.errors().values())
                : vm.dirtyProperty().get() ? "Unsaved changes" : "All changes saved", vm.validProperty(), vm.dirtyProperty(), vm.errors()));
        state.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button revert = new Button("Revert");
        revert.setId("revertAgent");
        revert.disableProperty().bind(vm.dirtyProperty().not());
        revert.setOnAction(e -> vm.revert());
        Button save = new Button("Save", new FontIcon(StewardIcon.CONTENT_SAVE_OUTLINE));
        save.setId("saveAgent");
        save.setDefaultButton(false);
        save.getStyleClass().add("accent");
        save.disableProperty().bind(vm.validProperty().not().or(vm.dirtyProperty().not()).or(vm.busyProperty()));
        save.setOnAction(e -> vm.save());
        HBox bar = new HBox(12, state, spacer, revert, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("save-bar");
        return bar;
    }

    private static TextField field(javafx.beans.property.StringProperty p, String id) {
        TextField t = new TextField();
        if (id != null) t.setId(id);
        t.textProperty().bindBidirectional(p);
        t.setMaxWidth(640);
        return t;
    }

    private static TextArea area(javafx.beans.property.StringProperty p, int rows) {
        TextArea t = new TextArea();
        t.setPrefRowCount(rows);
        t.setWrapText(true);
        t.textProperty().bindBidirectional(p);
        t.setMaxWidth(900);
        return t;
    }

    private static Node withHint(Node control, String hint) {
        Label h = new Label(hint);
        h.getStyleClass().add("hint");
        h.setWrapText(true);
        return new VBox(4, control, h);
    }

    private static DatePicker date(javafx.beans.property.ObjectProperty<java.time.LocalDate> p) {
        DatePicker d = dev.steward.ui.IsoDates.picker();
        d.valueProperty().bindBidirectional(p);
        return d;
    }

    private static CheckBox check(String text, javafx.beans.property.BooleanProperty p) {
        CheckBox c = new CheckBox(text);
        c.selectedProperty().bindBidirectional(p);
        return c;
    }
}
