package dev.steward.ui;

import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.Event;
import javafx.geometry.NodeOrientation;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;

import java.util.ArrayList;
import java.util.List;

/**
 * The window's menu bar: a header per menu whose items open in a popup made on first use.
 * JavaFX's {@code MenuBar} builds a skinned menu button and a popup for every menu before the
 * first frame, ≈ 0.1 s on a two-core machine (ADR 0006). This bar is used as one: a click or
 * Alt+letter opens a menu, F10 the first; Left and Right move between menus; moving the pointer
 * to another header while a menu is open opens that one; Escape closes, as does choosing an item
 * (before its action runs, so a dialog it opens is not covered) or leaving the window.
 *
 * <p>Limits, as against {@code MenuBar}: a menu's own items are read when it first opens and when
 * the shortcuts are installed, so they are fixed by then (a submenu's items may change at any time,
 * as "Open recent"'s do, but the shortcut of an item added later is not installed); Alt pressed alone does not select
 * the bar; the headers are buttons to assistive technology, named "File menu" and so on.
 */
public final class MenuStrip extends HBox {
    private static final PseudoClass SHOWING = PseudoClass.getPseudoClass("showing");
    private final List<Menu> menus;
    private final List<Button> headers = new ArrayList<>();
    private final ContextMenu[] popups;
    /** The menu whose popup is showing, or -1. */
    private int shown = -1;

    public MenuStrip(Menu... menus) {
        this.menus = List.of(menus);
        this.popups = new ContextMenu[menus.length];
        getStyleClass().add("menu-strip");
        for (int i = 0; i < menus.length; i++) {
            int index = i;
            Menu menu = menus[i];
            Button header = new Button(); // "_File": Alt+F fires it
            header.textProperty().bind(menu.textProperty());
            header.disableProperty().bind(menu.disableProperty());
            header.visibleProperty().bind(menu.visibleProperty());
            header.managedProperty().bind(menu.visibleProperty());
            header.setId(menu.getId());
            header.setFocusTraversable(false); // as in a menu bar: Tab moves through the window, not the menus
            header.setAccessibleText(menu.getText().replace("_", "") + " menu");
            header.setOnAction(e -> {
                // A click arms the button before it fires; Alt+letter fires it unarmed.
                if (shown == index) close();
                else open(index, !header.isArmed());
            });
            header.setOnMouseEntered(e -> {
                if (shown >= 0 && shown != index) open(index, false);
            });
            headers.add(header);
        }
        getChildren().setAll(headers);
    }

    public List<Menu> menus() {
        return menus;
    }

    /** The menu whose popup is showing, or -1. */
    public int openIndex() {
        return shown;
    }

    /**
     * Puts every item's shortcut in the scene (as {@code MenuBar} does when first shown) and F10
     * for the first menu, and closes the open menu when the window loses the focus. A disabled or
     * hidden item's shortcut does nothing; a check or radio item's toggles it, as {@code MenuBar}'s does.
     */
    public void installShortcuts(Scene scene) {
        for (Menu menu : menus) addShortcuts(scene, menu.getItems());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F10), () -> openFromKeyboard(0));
        if (scene.getWindow() != null) scene.getWindow().focusedProperty().addListener((o, was, focused) -> {
            if (!focused) close();
        });
    }

    private static void addShortcuts(Scene scene, List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) addShortcuts(scene, sub.getItems());
            else if (item.getAccelerator() != null) scene.getAccelerators().put(item.getAccelerator(), () -> runShortcut(item));
        }
    }

    private static void runShortcut(MenuItem item) {
        if (item.getOnMenuValidation() != null) Event.fireEvent(item, new Event(MenuItem.MENU_VALIDATION_EVENT));
        Menu parent = item.getParentMenu();
        if (parent != null && parent.getOnMenuValidation() != null) Event.fireEvent(parent, new Event(MenuItem.MENU_VALIDATION_EVENT));
        if (item.isDisable() || !item.isVisible() || (parent != null && parent.isDisable())) return;
        if (item instanceof RadioMenuItem radio) radio.setSelected(!radio.isSelected());
        else if (item instanceof CheckMenuItem check) check.setSelected(!check.isSelected());
        item.fire();
    }

    /** Opens menu {@code index} as Alt+letter does: its first item takes the keyboard's focus. */
    public void openFromKeyboard(int index) {
        open(index, true);
    }

    public void close() {
        if (shown >= 0) popups[shown].hide();
    }

    private void open(int index, boolean focusFirstItem) {
        if (shown >= 0 && shown != index) close();
        ContextMenu popup = popup(index);
        shown = index;
        headers.get(index).pseudoClassStateChanged(SHOWING, true);
        popup.show(headers.get(index), Side.BOTTOM, 0, 0);
        if (focusFirstItem && popup.getSkin() != null) {
            // The popup's content takes Down, with nothing focused, as "focus the first item".
            Event.fireEvent(popup.getSkin().getNode(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN,
                    false, false, false, false));
        }
    }

    private ContextMenu popup(int index) {
        if (popups[index] != null) return popups[index];
        ContextMenu popup = new ContextMenu();
        popup.getItems().setAll(menus.get(index).getItems());
        popup.setOnHidden(e -> {
            headers.get(index).pseudoClassStateChanged(SHOWING, false);
            if (shown == index) shown = -1;
        });
        // A chosen item's action may open a dialog: the menu goes first, as a menu bar's does.
        popup.addEventFilter(ActionEvent.ACTION, e -> popup.hide());
        // Left and Right not taken by a submenu move to the neighbouring menu, as in a menu bar.
        popup.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int step = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
            if (step == 0) return;
            if (getEffectiveNodeOrientation() == NodeOrientation.RIGHT_TO_LEFT) step = -step;
            e.consume();
            open(Math.floorMod(index + step, menus.size()), true);
        });
        popups[index] = popup;
        return popup;
    }
}
