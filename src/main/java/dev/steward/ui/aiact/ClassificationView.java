package dev.steward.ui.aiact;

import dev.steward.domain.AiActRole;
import dev.steward.domain.aiact.HighRiskException;
import dev.steward.domain.aiact.ProhibitedPractice;
import dev.steward.domain.aiact.TransparencyCase;
import dev.steward.ui.controls.ControlsViewModelAccess;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.layout.VBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The classification questions, one step under the other, with the resulting tier and reasons kept up to date below. */
public final class ClassificationView extends ScrollPane {

    public ClassificationView(ClassificationViewModel vm) {
        setFitToWidth(true);
        setPrefSize(760, 640);
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        ComboBox<AiActRole> role = new ComboBox<>(FXCollections.observableArrayList(AiActRole.values()));
        role.valueProperty().bindBidirectional(vm.roleProperty());
        role.setConverter(ControlsViewModelAccess.converter(r -> switch (r) {
            case PROVIDER -> "Provider — we develop it or have it developed and put it on the market or into service under our name";
            case DEPLOYER -> "Deployer — we use it under our authority";
            case IMPORTER -> "Importer — we place a non-EU provider's system on the EU market";
            case DISTRIBUTOR -> "Distributor — we make it available in the supply chain";
        }));
        List<ProhibitedPractice> practices = new ArrayList<>();
        practices.add(null);
        practices.addAll(Arrays.asList(ProhibitedPractice.values()));
        ComboBox<ProhibitedPractice> prohibited = new ComboBox<>(FXCollections.observableArrayList(practices));
        prohibited.setConverter(ControlsViewModelAccess.converter(p -> p == null ? "None of them" : p.ref() + " " + p.summary()));
        prohibited.valueProperty().bindBidirectional(vm.prohibitedProperty());
        CheckBox annexI = new CheckBox("It is a safety component of a product (or a product) under Annex I that needs third-party conformity assessment");
        annexI.setWrapText(true);
        annexI.selectedProperty().bindBidirectional(vm.annexIProductProperty());
        List<String> areas = new ArrayList<>();
        areas.add(null);
        areas.addAll(vm.areas());
        ComboBox<String> area = new ComboBox<>(FXCollections.observableArrayList(areas));
        area.setConverter(ControlsViewModelAccess.converter(a -> a == null ? "None of the Annex III areas" : a));
        area.valueProperty().bindBidirectional(vm.annexIIIAreaProperty());
        List<HighRiskException> exceptions = new ArrayList<>();
        exceptions.add(null);
        exceptions.addAll(Arrays.asList(HighRiskException.values()));
        ComboBox<HighRiskException> exception = new ComboBox<>(FXCollections.observableArrayList(exceptions));
        exception.setConverter(ControlsViewModelAccess.converter(e -> e == null ? "No: none of the Art. 6(3) conditions" : e.ref() + " " + e.summary()));
        exception.valueProperty().bindBidirectional(vm.exceptionProperty());
        exception.disableProperty().bind(vm.annexIIIAreaProperty().isNull());
        CheckBox profiling = new CheckBox("It profiles natural persons (then the Art. 6(3) conditions cannot apply)");
        profiling.selectedProperty().bindBidirectional(vm.profilingProperty());
        profiling.disableProperty().bind(vm.annexIIIAreaProperty().isNull());
        VBox transparency = new VBox(4);
        for (TransparencyCase t : TransparencyCase.values()) {
            CheckBox c = new CheckBox(t.ref() + "  " + t.question());
            c.setSelected(vm.transparency().contains(t));
            c.selectedProperty().addListener((o, a, on) -> {
                if (on) vm.transparency().add(t); else vm.transparency().remove(t);
            });
            transparency.getChildren().add(c);
        }
        CheckBox gpai = new CheckBox("We provide a general-purpose AI model (Chapter V), not just use one");
        gpai.selectedProperty().bindBidirectional(vm.generalPurposeProperty());
        Label result = new Label();
        result.getStyleClass().add("title-3");
        Label reasons = new Label();
        reasons.setWrapText(true);
        vm.previewProperty().addListener((o, a, out) -> {
            result.setText("Result: " + out.profile().riskTier().name().replace('_', ' ') + (out.profile().annexIIIArea() == null ? ""
                    : " — Annex III " + out.profile().annexIIIArea()) + " · " + out.profile().role().name().toLowerCase());
            reasons.setText("• " + String.join("\n• ", out.reasons()));
        });
        var out = vm.previewProperty().get();
        result.setText("Result: " + out.profile().riskTier().name().replace('_', ' ') + " · " + out.profile().role().name().toLowerCase());
        reasons.setText("• " + String.join("\n• ", out.reasons()));
        box.getChildren().addAll(
                step("1. Our role for " + vm.agent().id() + " " + vm.agent().name()), role,
                step("2. Does it perform a prohibited practice (Art. 5)?"), prohibited,
                step("3. Is it covered by Union harmonisation law (Art. 6(1), Annex I)?"), annexI,
                step("4. Is it used in an Annex III area (Art. 6(2))?"), area,
                step("5. Does an Art. 6(3) condition take it out of high-risk?"), exception, profiling,
                step("6. Transparency cases (Art. 50), whatever the tier"), transparency,
                step("7. General-purpose AI model"), gpai,
                new Separator(), result, reasons,
                muted("Editorial summaries, not legal advice: confirm borderline cases with counsel. Saving records these "
                        + "answers and reasons, and sets the agent's role and tier, in one edit you can undo."));
        setContent(box);
    }

    private static Label step(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("title-4");
        l.setPadding(new Insets(6, 0, 0, 0));
        return l;
    }

    private static Label muted(String s) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add("text-muted");
        return l;
    }
}
