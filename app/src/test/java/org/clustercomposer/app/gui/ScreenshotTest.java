package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

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
            robot.interact(() -> HelpMenu.openSample(window, sample));
            WaitForAsyncUtils.waitForFxEvents();
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(sample.load().hosts(), window.editor().scenario().hosts());
            // The colors on screen are the prediction of this very design, host for host.
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.editor().scenario().hosts()
                    .stream().allMatch(h -> window.canvasModel().loadsProperty().get().containsKey(h.id()))
                    && window.canvasModel().loadsProperty().get().keySet().stream()
                    .allMatch(id -> window.editor().scenario().kindOf(id).isPresent()));
            WaitForAsyncUtils.waitForFxEvents();
            shoot(robot, (n++) + "-sample-" + sample.file().replace(".json", ".png"));
        }
    }

    @Test
    void writesScreenshotsOfEachMenuOpenAndOfTheShortcutsHelp(FxRobot robot) throws Exception {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        for (Menu menu : bar.getMenus()) {
            robot.interact(menu::show);
            WaitForAsyncUtils.waitForFxEvents();
            Window popup = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                    .findFirst().orElseThrow();
            Window stage = window.root().getScene().getWindow();
            robot.interact(() -> {
                BufferedImage picture = SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null);
                Graphics2D g = picture.createGraphics();
                g.drawImage(SwingFXUtils.fromFXImage(popup.getScene().getRoot().snapshot(null, null), null),
                        (int) (popup.getX() - stage.getX() - window.root().getScene().getX()),
                        (int) (popup.getY() - stage.getY() - window.root().getScene().getY()), null);
                g.dispose();
                write(picture, "20-menu-" + menu.getText().toLowerCase(Locale.ROOT) + ".png");
            });
            robot.interact(menu::hide);
        }
        robot.interact(() -> {
            StackPane help = new StackPane(Shortcuts.view());
            help.setPadding(new Insets(16));
            help.setPrefWidth(640);
            new Scene(help).getStylesheets().addAll(window.root().getScene().getStylesheets());
            write(SwingFXUtils.fromFXImage(help.snapshot(null, null), null), "21-keyboard-shortcuts.png");
        });
    }

    private void write(BufferedImage picture, String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            ImageIO.write(picture, "png", dir.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
                throw new UncheckedIOException(e);
            }
        });
        assertTrue(Files.size(file) > 10_000, name + " is suspiciously small");
    }
}
