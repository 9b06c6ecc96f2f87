package org.clustercomposer.app.gui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/** Help menu: the samples shipped with the editor, shortcuts, about. */
final class SampleMenu {

    private SampleMenu() {
    }

    static Menu create(MainWindow window) {
        Menu samples = new Menu("Samples");
        samples.setId("menu-samples");
        MenuItem none = new MenuItem("No samples installed");
        none.setDisable(true);
        samples.getItems().add(none);
        MenuItem shortcuts = new MenuItem("Keyboard Shortcuts");
        shortcuts.setOnAction(e -> window.documents().info("Keyboard shortcuts", Shortcuts.TEXT));
        Menu help = new Menu("Help", null, samples, new SeparatorMenuItem(), shortcuts);
        help.setId("menu-help");
        return help;
    }
}
