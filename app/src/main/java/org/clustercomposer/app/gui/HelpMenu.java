package org.clustercomposer.app.gui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;

/** The Help menu: the samples shipped with the editor (one per stacking), the keyboard shortcuts. */
final class HelpMenu {

    private HelpMenu() {
    }

    static Menu create(MainWindow window, ActionControls actions) {
        Menu samples = new Menu("Samples");
        samples.setId("menu-samples");
        for (Sample sample : Samples.all()) {
            MenuItem item = new MenuItem(sample.title());
            item.setOnAction(e -> openSample(window, sample));
            samples.getItems().add(item);
        }
        Menu help = new Menu("Help", null, samples, new SeparatorMenuItem(), actions.item(AppAction.KEYBOARD_SHORTCUTS));
        help.setId("menu-help");
        return help;
    }

    /** A sample opens as a new, unsaved document: Save asks where, the shipped file stays as it is. */
    static void openSample(MainWindow window, Sample sample) {
        if (window.documents().confirmDiscard()) {
            window.documents().openSample(sample.load());
        }
    }
}
