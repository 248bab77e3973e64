package dev.steward.ui;

import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

/** Table cells for text that a narrow column may cut short: the whole text is a hover away. */
public final class TextCells {
    private TextCells() {
    }

    public static <S> TableCell<S, String> withTooltip() {
        return new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                tip.setText(text);
                setTooltip(empty || text == null || text.isEmpty() ? null : tip);
            }
        };
    }
}
