package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.Rect;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Defects of the topology drawing found by trying the samples as a new user would (issue 10 item 8). */
class DrawingDefectsTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    private void openSample(FxRobot robot, String file) throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
        robot.interact(() -> HelpMenu.openSample(window, sample));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !window.canvasModel().loadsProperty().get().isEmpty());
    }

    @Test
    void monitoringOnAServiceVmHangsUnderItsVmNotUnderTheMosixVmDomain(FxRobot robot) throws Exception {
        openSample(robot, "mixed-mosix.json");
        DiagramGeometry g = window.canvasModel().geometry();
        Rect badge = g.applications().get("app3").rect();
        Rect chip = g.vms().get("vm5").rect();
        Rect domainLabel = g.hulls().get("mosix-vm").label();
        assertTrue(badge.maxY() <= domainLabel.y(), "monitoring sits above the MOSIX-VM label, next to its host");
        assertTrue(!g.hulls().get("mosix-vm").covers(chip.centerX(), chip.centerY()), "the domain does not enclose service-5");
        DiagramGeometry.Segment tie = g.applicationLink("app3").orElseThrow();
        assertEquals(chip.maxY(), tie.y2(), 0.01);
        assertTrue(tie.x2() >= chip.x() && tie.x2() <= chip.maxX(), "tied to service-5's chip");
        assertTrue(g.applicationLink("app2").isEmpty(), "render farm runs on the domain, not on one VM");
    }

    @Test
    void aHiddenLayerLeavesAHintOnTheCanvas(FxRobot robot) throws Exception {
        openSample(robot, "vms-on-hosts.json");
        robot.clickOn("#canvas");
        assertEquals(0, hintPixels(robot), "no hint while every layer shows");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(!window.canvasModel().layersProperty().get().vms());
        assertEquals("Hidden: 18 VMs (View › Layers)",
                window.canvasModel().layersProperty().get().hiddenHint(window.editor().scenario()));
        assertTrue(hintPixels(robot) > 50, "the canvas writes the hint in its top-left corner");
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
    }

    /** Pixels of the hint colour in the canvas's top-left corner. */
    private int hintPixels(FxRobot robot) {
        int[] count = {0};
        robot.interact(() -> {
            window.canvas().redraw();
            WritableImage shot = window.canvas().canvas().snapshot(null, null);
            PixelReader px = shot.getPixelReader();
            Color hint = CanvasTheme.LIGHT.high();
            for (int y = 8; y < 30; y++) {
                for (int x = 8; x < 300; x++) {
                    Color c = px.getColor(x, y);
                    if (Math.abs(c.getRed() - hint.getRed()) < 0.1 && Math.abs(c.getGreen() - hint.getGreen()) < 0.1
                            && Math.abs(c.getBlue() - hint.getBlue()) < 0.1) {
                        count[0]++;
                    }
                }
            }
        });
        return count[0];
    }
}
