package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.LinkedHashMap;
import java.util.Map;

import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Presentation mode's text scale reaches the status bar too (its labels were a fixed 12 px). */
class PresentationTextScaleTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @ParameterizedTest
    @ValueSource(ints = {125, 150, 200})
    void theStatusBarsTextGrowsWithTheChosenScale(int percent, FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        Map<String, Double> before = statusFonts(robot);
        assertFalse(before.isEmpty(), "the status bar has labels");
        robot.interact(() -> window.presentation().percentProperty().set(percent));
        robot.interact(() -> window.presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, Double> during = statusFonts(robot);
        for (Map.Entry<String, Double> e : before.entrySet()) {
            assertEquals(e.getValue() * percent / 100.0, during.get(e.getKey()), 0.6,
                    e.getKey() + " at " + percent + " %");
        }
        robot.interact(() -> window.presentation().exit());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, statusFonts(robot), "back to normal size");
    }

    /** The font size of each text in the status bar (labels, the method chooser's label), by a stable key. */
    private Map<String, Double> statusFonts(FxRobot robot) {
        Map<String, Double> out = new LinkedHashMap<>();
        robot.interact(() -> {
            window.root().applyCss();
            int i = 0;
            for (Node n : window.statusBar().lookupAll(".label")) {
                if (n instanceof Labeled l) {
                    out.put((l.getId() != null ? l.getId() : "label") + "#" + i++, l.getFont().getSize());
                }
            }
        });
        return out;
    }
}
