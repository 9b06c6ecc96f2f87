package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Pictures of the main window for a person to look at: app/target/screenshots/. */
class ScreenshotTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void writesScreenshotsOfEmptySampleAndOverloadedDesigns(FxRobot robot) throws Exception {
        shoot(robot, "01-empty.png");
        open(robot, Designs.stacked(false));
        shoot(robot, "02-stacked-design.png");
        open(robot, Designs.stacked(true));
        robot.interact(() -> window.editor().selection().select("h1"));
        shoot(robot, "03-overloaded-host.png");
        robot.interact(() -> window.setTheme(Theme.DARK));
        shoot(robot, "04-dark-theme.png");
        robot.interact(() -> window.setTheme(Theme.LIGHT));
    }

    @Test
    void drawsALargeGeneratedDesignWithLevelOfDetailAndAMinimap(FxRobot robot) throws Exception {
        Scenario large = new ScenarioGenerator().generate(new GeneratorParameters(1000, 10_000, 20, 42));
        open(robot, large);
        assertTrue(window.canvas().minimap().isVisible(), "a large design shows the minimap");
        shoot(robot, "05-large-1000-hosts-fit.png");
        robot.interact(() -> window.canvasModel().viewportProperty().set(
                window.canvasModel().viewportProperty().get().zoomAt(0.4 / window.canvasModel().viewportProperty().get().scale(),
                        300, 300)));
        shoot(robot, "06-large-1000-hosts-zoom-40.png");
        robot.interact(() -> window.canvasModel().viewportProperty().set(
                window.canvasModel().viewportProperty().get().zoomAt(1 / 0.4, 300, 300)));
        shoot(robot, "07-large-1000-hosts-zoom-100.png");
    }

    @Test
    void writesAScreenshotOfEverySampleOpenedFromTheHelpMenu(FxRobot robot) throws Exception {
        int n = 10;
        for (Sample sample : Samples.all()) {
            robot.interact(() -> SampleMenu.openSample(window, sample));
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(sample.load().hosts(), window.editor().scenario().hosts());
            // The colors on screen are the prediction of this very design, host for host.
            WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS, () -> window.editor().scenario().hosts()
                    .stream().allMatch(h -> window.canvasModel().loadsProperty().get().containsKey(h.id()))
                    && window.canvasModel().loadsProperty().get().keySet().stream()
                    .allMatch(id -> window.editor().scenario().kindOf(id).isPresent()));
            WaitForAsyncUtils.waitForFxEvents();
            shoot(robot, (n++) + "-sample-" + sample.file().replace(".json", ".png"));
        }
    }

    private void open(FxRobot robot, Scenario s) throws Exception {
        robot.interact(() -> window.documents().openUnsaved(s));
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(300);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void shoot(FxRobot robot, String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null), "png", file.toFile());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(file) > 10_000, name + " is suspiciously small");
    }
}
