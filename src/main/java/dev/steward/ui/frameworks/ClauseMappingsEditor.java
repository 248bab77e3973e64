package dev.steward.ui.frameworks;

import dev.steward.domain.Control;
import dev.steward.domain.Mapping;
import dev.steward.domain.Relation;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Under the clause page: edit which of the register's controls map to the clause, with relation and rationale. */
final class ClauseMappingsEditor extends TitledPane {

    private final FrameworksViewModel vm;
    private final VBox body = new VBox(6);

    ClauseMappingsEditor(FrameworksViewModel vm) {
        this.vm = vm;
        setId("clauseMappingsEditor");
        setText("Edit mapped controls");
        setExpanded(false);
        setContent(body);
        body.setPadding(new Insets(8));
        vm.pageProperty().addListener((o, a, p) -> fill());
        fill();
    }

    private void fill() {
        body.getChildren().clear();
        setDisable(vm.clauseProperty().get() == null);
        if (vm.clauseProperty().get() == null) return;
        for (Mapping m : vm.clauseMappings()) {
            ComboBox<Relation> relation = relations(m.relation());
            TextField rationale = new TextField(m.rationale() == null ? "" : m.rationale());
            HBox.setHgrow(rationale, Priority.ALWAYS);
            Button save = new Button("Save");
            save.setOnAction(e -> vm.updateMapping(m, relation.getValue(), rationale.getText().strip()));
            Button remove = new Button("Remove");
            remove.setOnAction(e -> vm.unmap(m));
            HBox line = new HBox(8, new Label(m.controlId()), relation, rationale, save, remove);
            line.setAlignment(Pos.CENTER_LEFT);
            body.getChildren().add(line);
        }
        ComboBox<Control> control = new ComboBox<>(FXCollections.observableArrayList(vm.registerControls()));
        control.setPromptText("Control…");
        control.setConverter(text(c -> c.id() + " " + c.name()));
        control.setMaxWidth(260);
        ComboBox<Relation> relation = relations(Relation.SUBSET);
        TextField rationale = new TextField();
        rationale.setPromptText("Rationale");
        HBox.setHgrow(rationale, Priority.ALWAYS);
        Button add = new Button("Map");
        add.disableProperty().bind(control.valueProperty().isNull());
        add.setOnAction(e -> vm.mapControl(control.getValue().id(), relation.getValue(), rationale.getText().strip()));
        HBox adder = new HBox(8, control, relation, rationale, add);
        adder.setAlignment(Pos.CENTER_LEFT);
        body.getChildren().add(adder);
    }

    private static ComboBox<Relation> relations(Relation initial) {
        ComboBox<Relation> box = new ComboBox<>(FXCollections.observableArrayList(Relation.values()));
        box.setConverter(text(r -> "control " + r.name().toLowerCase() + " clause"));
        box.setValue(initial);
        return box;
    }

    private static <T> StringConverter<T> text(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }
}
