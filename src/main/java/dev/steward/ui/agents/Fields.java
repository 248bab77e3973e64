package dev.steward.ui.agents;

import dev.steward.domain.Person;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import javafx.collections.MapChangeListener;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Small builders for the agent page's labelled fields, choice boxes and per-field error lines. */
public final class Fields {
    private Fields() {
    }

    /** A two-column group: label on the left, control and its error message (if any) on the right. */
    static final class Group {
        final GridPane grid = new GridPane();
        private int row;
        private final ObservableMap<String, String> errors;

        Group(ObservableMap<String, String> errors) {
            this.errors = errors;
            grid.setHgap(16);
            grid.setVgap(10);
            grid.getStyleClass().add("group");
            var labels = new javafx.scene.layout.ColumnConstraints(230);
            var values = new javafx.scene.layout.ColumnConstraints();
            values.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().addAll(labels, values);
        }

        Group add(String label, Node control, String errorKey) {
            Label l = new Label(label);
            l.getStyleClass().add("field-label");
            l.setLabelFor(control);
            l.setWrapText(true);
            VBox cell = new VBox(4, control);
            if (errorKey != null) {
                Label error = new Label();
                error.setId("error-" + errorKey);
                error.getStyleClass().add("field-error");
                error.setWrapText(true);
                Runnable show = () -> {
                    String m = errors.get(errorKey);
                    error.setText(m == null ? "" : m);
                    error.setVisible(m != null);
                    error.setManaged(m != null);
                };
                errors.addListener((MapChangeListener<String, String>) c -> show.run());
                show.run();
                cell.getChildren().add(error);
            }
            grid.addRow(row++, l, cell);
            return this;
        }
    }

    /** A choice of an enum value or none (""), kept in step with {@code property} both ways. */
    public static <E extends Enum<E>> ComboBox<String> choice(ObjectProperty<E> property, Class<E> type, String none,
                                                       Function<E, String> label) {
        List<String> items = new ArrayList<>();
        if (none != null) items.add("");
        for (E e : type.getEnumConstants()) items.add(e.name());
        ComboBox<String> box = new ComboBox<>(javafx.collections.FXCollections.observableArrayList(items));
        box.setConverter(converter(s -> s == null || s.isEmpty() ? none : label.apply(Enum.valueOf(type, s))));
        box.setValue(property.get() == null ? "" : property.get().name());
        property.addListener((o, a, v) -> box.setValue(v == null ? "" : v.name()));
        box.valueProperty().addListener((o, a, v) -> property.set(v == null || v.isEmpty() ? null : Enum.valueOf(type, v)));
        box.setMaxWidth(420);
        return box;
    }

    /** A choice of a person (by id) or nobody (""); the list follows the register's people. */
    public static ComboBox<String> person(StringProperty property, ObservableList<Person> people, String none) {
        ComboBox<String> box = new ComboBox<>();
        Runnable fill = () -> {
            List<String> ids = new ArrayList<>();
            ids.add("");
            people.forEach(p -> ids.add(p.id()));
            String keep = property.get();
            box.getItems().setAll(ids);
            box.setValue(keep == null ? "" : keep);
        };
        people.addListener((ListChangeListener<Person>) c -> fill.run());
        fill.run();
        box.setConverter(converter(id -> {
            if (id == null || id.isEmpty()) return none;
            return people.stream().filter(p -> p.id().equals(id)).findFirst()
                    .map(p -> p.name() + (p.title() == null ? "" : " — " + p.title())).orElse(id);
        }));
        property.addListener((o, a, v) -> box.setValue(v == null ? "" : v));
        box.valueProperty().addListener((o, a, v) -> property.set(v == null ? "" : v));
        box.setMaxWidth(420);
        return box;
    }

    public static StringConverter<String> converter(Function<String, String> show) {
        return new StringConverter<>() {
            @Override
            public String toString(String s) {
                return show.apply(s);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }
}
