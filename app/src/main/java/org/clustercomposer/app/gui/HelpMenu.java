package org.clustercomposer.app.gui;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.samples.Lessons;
import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;

/** The Help menu: the lessons and samples shipped with the editor (one per stacking), the keyboard shortcuts. */
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
        Menu lessons = new Menu("Lessons");
        lessons.setId("menu-lessons");
        for (Lesson lesson : Lessons.all()) {
            MenuItem item = new MenuItem(lesson.title());
            item.setOnAction(e -> window.lessons().open(lesson));
            lessons.getItems().add(item);
        }
        Menu help = new Menu("Help", null, lessons, actions.item(AppAction.OPEN_LESSON_FILE),
                actions.item(AppAction.RECORD_LESSON), new SeparatorMenuItem(), samples, new SeparatorMenuItem(),
                actions.item(AppAction.KEYBOARD_SHORTCUTS));
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
