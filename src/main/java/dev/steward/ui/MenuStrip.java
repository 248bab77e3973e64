package dev.steward.ui;

import javafx.css.PseudoClass;
import javafx.event.Event;
import javafx.geometry.Side;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
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
 * to another header while a menu is open opens that one; Escape closes. Every item's shortcut
 * works from the start, as the bar puts them in the scene itself.
 *
 * <p>A menu's own items are read when it first opens and when the shortcuts are installed, so they
 * are fixed by then; a submenu's items may change at any time (as "Open recent"'s do).
 */
public final class MenuStrip extends HBox {
    private static final PseudoClass SHOWING = PseudoClass.getPseudoClass("showing");
    private final List<Menu> menus;
    private final List<Button> headers = new ArrayList<>();
    private final ContextMenu[] popups;
    private int open = -1;

    public MenuStrip(Menu... menus) {
        this.menus = List.of(menus);
        this.popups = new ContextMenu[menus.length];
        getStyleClass().add("menu-strip");
        for (int i = 0; i < menus.length; i++) {
            int index = i;
            Button header = new Button(menus[i].getText()); // "_File": Alt+F fires it
            header.setId(menus[i].getId());
            header.setFocusTraversable(false); // as in a menu bar: Tab moves through the window, not the menus
            header.setAccessibleText(menus[i].getText().replace("_", "") + " menu");
            header.setOnAction(e -> {
                if (open == index) close();
                else open(index, !header.isHover()); // Alt+letter rather than a click
            });
            header.setOnMouseEntered(e -> {
                if (open >= 0 && open != index) open(index, false);
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
        return open;
    }

    /**
     * Puts every item's shortcut in the scene (as {@code MenuBar} does when first shown) and F10
     * for the first menu. A disabled or hidden item's shortcut does nothing.
     */
    public void installShortcuts(Scene scene) {
        for (Menu menu : menus) addShortcuts(scene, menu.getItems());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F10), () -> open(0, true));
    }

    private static void addShortcuts(Scene scene, List<MenuItem> items) {
        for (MenuItem item : items) {
            if (item instanceof Menu sub) addShortcuts(scene, sub.getItems());
            else if (item.getAccelerator() != null) scene.getAccelerators().put(item.getAccelerator(), () -> {
                if (!item.isDisable() && item.isVisible() && (item.getParentMenu() == null || !item.getParentMenu().isDisable())) {
                    item.fire();
                }
            });
        }
    }

    /**
     * Opens menu {@code index}, closing any other. Opened from the keyboard, its first item takes the
     * focus, as in a menu bar; the popup itself starts with none.
     */
    public void open(int index, boolean fromKeyboard) {
        if (open >= 0 && open != index) close();
        ContextMenu popup = popup(index);
        open = index;
        headers.get(index).pseudoClassStateChanged(SHOWING, true);
        popup.show(headers.get(index), Side.BOTTOM, 0, 0);
        if (fromKeyboard && popup.getSkin() != null) {
            // The popup's content takes Down, with nothing focused, as "focus the first item".
            Event.fireEvent(popup.getSkin().getNode(), new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.DOWN,
                    false, false, false, false));
        }
    }

    public void close() {
        if (open >= 0) popups[open].hide();
    }

    private ContextMenu popup(int index) {
        if (popups[index] != null) return popups[index];
        ContextMenu popup = new ContextMenu();
        popup.getItems().setAll(menus.get(index).getItems());
        popup.setOnHidden(e -> {
            headers.get(index).pseudoClassStateChanged(SHOWING, false);
            if (open == index) open = -1;
        });
        // Left and Right not taken by a submenu move to the neighbouring menu, as in a menu bar.
        popup.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            int step = e.getCode() == KeyCode.LEFT ? -1 : e.getCode() == KeyCode.RIGHT ? 1 : 0;
            if (step == 0) return;
            e.consume();
            open(Math.floorMod(index + step, menus.size()), true);
        });
        popups[index] = popup;
        return popup;
    }
}
