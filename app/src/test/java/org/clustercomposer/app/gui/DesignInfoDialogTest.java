package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.clustercomposer.samples.Samples;
import org.clustercomposer.samples.Stacking;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

class DesignInfoDialogTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void showsTheSampleDescriptionAndEditsNameAndDescriptionAsOneUndoableStep(FxRobot robot) {
        robot.interact(() -> HelpMenu.openSample(window, Samples.of(Stacking.SSI_OVER_VMS).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        String before = window.editor().scenario().name();
        robot.clickOn("#canvas");
        robot.push(KeyCode.CONTROL, KeyCode.I);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea description = robot.lookup("#design-description").queryAs(TextArea.class);
        assertTrue(description.getText().contains("Gallard"), "the sample's description is shown");
        robot.interact(() -> {
            robot.lookup("#design-name").queryAs(TextField.class).setText("Paper setup, 2 teams");
            description.setText("Two teams share four Xen hosts.");
        });
        robot.clickOn("OK");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Paper setup, 2 teams", window.editor().scenario().name());
        assertEquals("Two teams share four Xen hosts.", window.editor().scenario().description());
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before, window.editor().scenario().name());
    }
}
