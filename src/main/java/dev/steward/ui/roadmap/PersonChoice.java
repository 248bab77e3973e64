package dev.steward.ui.roadmap;

import dev.steward.domain.Person;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/**
 * A combo box of person ids shown by name, with "No owner" for none; follows the register's people.
 * It is kept in step with a property by hand rather than by a binding: refilling the items makes
 * a combo box drop its value for a moment, which a binding would write back as "no owner".
 */
final class PersonChoice {
    private PersonChoice() {
    }

    static ComboBox<String> of(ObservableList<Person> people, Property<String> value) {
        ComboBox<String> box = new ComboBox<>();
        boolean[] quiet = {false};
        Runnable fill = () -> {
            quiet[0] = true;
            box.getSelectionModel().clearSelection();
            box.getItems().setAll((String) null);
            people.forEach(p -> box.getItems().add(p.id()));
            box.setValue(value.getValue());
            quiet[0] = false;
        };
        people.addListener((ListChangeListener<Person>) c -> fill.run());
        fill.run();
        value.addListener((o, a, id) -> {
            quiet[0] = true;
            box.setValue(id);
            quiet[0] = false;
        });
        box.valueProperty().addListener((o, a, id) -> {
            if (!quiet[0]) value.setValue(id);
        });
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String id) {
                if (id == null) return "No owner";
                return people.stream().filter(p -> p.id().equals(id)).findFirst()
                        .map(p -> p.name() + (p.title() == null ? "" : " — " + p.title())).orElse(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        // Cells draw through the converter, "No owner" included (the default cell leaves null blank).
        box.setCellFactory(v -> cell(box));
        box.setButtonCell(cell(box));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    private static ListCell<String> cell(ComboBox<String> box) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty && id == null && getListView() != null ? null : box.getConverter().toString(id));
            }
        };
    }
}
