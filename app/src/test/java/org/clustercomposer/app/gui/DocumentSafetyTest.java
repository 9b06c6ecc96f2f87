package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.stage.Stage;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Nothing the user made is lost: autosave, recovery, and the question before discarding. */
class DocumentSafetyTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void autosaveWritesUnsavedWorkForRecoveryAndASaveRemovesIt(FxRobot robot) {
        Path recovery = new AppHome(home).recoveryFile();
        Autosave autosave = new Autosave(recovery, window.editor().stack());
        robot.interact(() -> window.editor().addNode(ElementKind.HOST, new Position(0, 0)));
        robot.interact(autosave::saveNow);
        autosave.flush();
        assertTrue(Files.exists(recovery));
        assertEquals(window.editor().scenario(), Autosave.recoverable(recovery).orElseThrow());

        robot.interact(() -> window.documents().openUnsaved(Autosave.recoverable(recovery).orElseThrow()));
        assertTrue(window.editor().stack().isDirty(), "recovered work is unsaved until saved");
        robot.interact(() -> assertTrue(window.documents().saveTo(home.resolve("saved.json"))));
        window.autosave().flush();
        assertFalse(Files.exists(recovery), "a save removes the recovery copy");
        robot.interact(autosave::saveNow);
        autosave.flush();
        assertFalse(Files.exists(recovery), "a clean document leaves no recovery file");
    }

    @Test
    void asksBeforeDiscardingUnsavedChangesAndCancelKeepsThem(FxRobot robot) {
        robot.interact(() -> window.editor().addNode(ElementKind.HOST, new Position(0, 0)));
        Platform.runLater(() -> window.documents().newDocument());
        WaitForAsyncUtils.waitForFxEvents();
        Button cancel = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals("Cancel")).findFirst().orElseThrow();
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.editor().scenario().hosts().size(), "cancel keeps the design");

        Platform.runLater(() -> window.documents().newDocument());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Don't Save");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.editor().scenario().hosts().size());
        assertFalse(window.editor().stack().isDirty());
    }
}
