package org.clustercomposer.app.gui;

import java.util.List;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Help › Keyboard Shortcuts: every key of the action catalog, then the mouse gestures. */
final class Shortcuts {

    /** What the mouse (and Esc, during a gesture) does on the canvas: gestures, not actions. */
    static final List<String> GESTURES = List.of(
            "Drag from the palette onto the canvas to add an element; drop a VM onto a host or an SSI domain.",
            "Click selects; Shift+click adds to the selection; drag on empty canvas selects a rectangle.",
            "Drag nodes to move them (one undo step per drag); drag a VM chip onto another host to move it.",
            "Right- or middle-drag pans; the mouse wheel zooms; Esc cancels the link tool.");

    private Shortcuts() {
    }

    /** The actions that have a key, in catalog order (the order of the menus). */
    static List<AppAction> keyed() {
        return List.of(AppAction.values()).stream().filter(a -> a.accelerator() != null).toList();
    }

    /** A two-column table of key and help text, the gestures below it. */
    static VBox view() {
        GridPane keys = new GridPane();
        keys.setId("shortcuts-keys");
        keys.setHgap(16);
        keys.setVgap(2);
        int row = 0;
        for (AppAction action : keyed()) {
            Label key = new Label(action.keyText());
            key.getStyleClass().add(Styles.TEXT_BOLD);
            keys.addRow(row++, key, new Label(action.help()));
        }
        VBox content = new VBox(12, keys);
        for (String gesture : GESTURES) {
            Label line = new Label(gesture);
            line.setWrapText(true);
            content.getChildren().add(line);
        }
        return content;
    }
}
