package dev.steward.ui.risks;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

import java.util.List;
import java.util.function.Function;

/** ComboBoxes over ids that show names, with an optional "any"/"none" entry for null. */
public final class Choices {
    private Choices() {
    }

    public static ComboBox<String> of(String nullText, Function<String, String> name) {
        ComboBox<String> box = new ComboBox<>();
        StringConverter<String> conv = new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? nullText : name.apply(id);
            }

            @Override
            public String fromString(String s) {
                return null;
            }
        };
        box.setConverter(conv);
        box.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(String id, boolean empty) {
                super.updateItem(id, empty);
                setText(empty ? null : conv.toString(id));
            }
        });
        box.setButtonCell(box.getCellFactory().call(null));
        return box;
    }

    /** A ComboBox over an enum's values that shows them in words ("Mitigate", "In treatment"), not as names. */
    public static <E extends Enum<E>> ComboBox<E> ofEnum(E[] values) {
        ComboBox<E> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : dev.steward.ui.agents.Tags.words(e);
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        });
        return box;
    }

    /** Replaces the items, keeping the value when it is still offered (null first when allowed). */
    public static void fill(ComboBox<String> box, List<String> ids, boolean allowNull) {
        String keep = box.getValue();
        ObservableList<String> items = FXCollections.observableArrayList();
        if (allowNull) items.add(null);
        items.addAll(ids);
        box.setItems(items);
        box.setValue(items.contains(keep) ? keep : null);
    }
}
