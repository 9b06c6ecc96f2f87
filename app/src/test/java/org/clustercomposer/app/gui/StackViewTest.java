package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.views.stack.StackGeometry;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The stack view (F6) of every sample, drawn in the real window, with what it must show asserted. */
class StackViewTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    private StackGeometry geometry() {
        return window.stackView().model().geometry();
    }

    private void openSample(FxRobot robot, String file) throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
        robot.interact(() -> HelpMenu.openSample(window, sample));
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().scenario().hosts().stream()
                .allMatch(h -> window.canvasModel().loadsProperty().get().containsKey(h.id())));
    }

    private void showStack(FxRobot robot) {
        if (!window.stackView().isVisible()) {
            robot.clickOn("#canvas");
            robot.push(KeyCode.F6);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.stackView().isVisible(), "F6 shows the stack view");
        assertFalse(window.canvas().isVisible(), "the topology canvas is hidden meanwhile");
    }

    @Test
    void writesTheStackViewOfEverySample(FxRobot robot) throws Exception {
        int n = 30;
        for (Sample sample : Samples.all()) {
            openSample(robot, sample.file());
            showStack(robot);
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(200);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(window.editor().scenario().hosts().size(), geometry().columns().size(), sample.file());
            shoot(robot, (n++) + "-stack-" + sample.file().replace(".json", ".png"));
        }
    }

    @Test
    void virtualKerrighedABandSpansExactlyItsFourVmsColumns(FxRobot robot) throws Exception {
        openSample(robot, "ssi-over-vms.json");
        showStack(robot);
        StackGeometry g = geometry();
        StackGeometry.Band a = g.bands().get("vssi-a");
        assertTrue(a.overVms());
        // One segment over each of its VMs, each inside that VM's host column and over that VM only.
        assertEquals(4, a.segments().size());
        for (String vm : List.of("vm1", "vm2", "vm3", "vm4")) {
            var chip = g.vms().get(vm).rect();
            assertTrue(a.segments().stream().anyMatch(s -> s.x() <= chip.x() && s.maxX() >= chip.maxX()), vm);
        }
        for (String other : List.of("vm5", "vm6", "vm7", "vm8")) {
            var chip = g.vms().get(other).rect();
            assertTrue(a.segments().stream().noneMatch(s -> s.x() < chip.maxX() && s.maxX() > chip.x()),
                    "A's band covers none of B's VMs: " + other);
        }
        // Its span runs from its first VM's column to its last VM's column, and both bands stand above the VMs.
        assertEquals(g.vms().get("vm1").rect().x(), a.span().x(), 0.01);
        assertEquals(g.vms().get("vm4").rect().maxX(), a.span().maxX(), 0.01);
        assertTrue(a.span().x() >= g.columns().get("h1").x() && a.span().maxX() <= g.columns().get("h4").maxX());
        double vmTop = g.vms().values().stream().mapToDouble(p -> p.rect().y()).min().orElseThrow();
        assertTrue(a.span().maxY() <= vmTop, "band A above the VMs");
        StackGeometry.Band b = g.bands().get("vssi-b");
        assertTrue(b.span().maxY() <= vmTop, "band B above the VMs");
        assertTrue(a.level() != b.level(), "interleaved domains stand on different levels");
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        robot.interact(() -> {
            window.stackView().redraw();
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(file) > 10_000, name + " is suspiciously small");
    }
}
