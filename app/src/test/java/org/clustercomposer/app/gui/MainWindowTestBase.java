package org.clustercomposer.app.gui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.stage.Stage;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Link;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window on a headless stage, with its own files in a temporary directory. */
@ExtendWith(ApplicationExtension.class)
abstract class MainWindowTestBase {

    @TempDir
    Path home;
    MainWindow window;

    /** Opens a design as unsaved work and lets the window catch up. */
    void openUnsaved(FxRobot robot, Scenario s) {
        robot.interact(() -> window.documents().openUnsaved(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Call from each test class's {@code @Start} (TestFX finds only methods the class declares). */
    void showMainWindow(Stage stage) {
        Theme.LIGHT.install();
        window = new MainWindow(new AppHome(home));
        window.show(stage);
        stage.setWidth(1440);
        stage.setHeight(900);
        stage.show();
    }

    /** Where an element is on the screen: its centre, or a point in its header (where a drag grabs a host). */
    Point2D screenOf(String id, boolean header) {
        Rect r = window.canvasModel().drawnGeometry().boundsOf(id).orElseThrow();
        Viewport v = window.canvasModel().viewportProperty().get();
        return window.canvas().canvas().localToScreen(v.toScreenX(r.centerX()),
                v.toScreenY(header ? r.y() + 14 : r.centerY()));
    }

    /**
     * The words of a text that are ids the canvas does not draw: ids of elements that have a name of their own, and
     * link ids (the canvas draws no link names). Empty when the text names things as the canvas does.
     */
    static List<String> idsTheCanvasDoesNotShow(String text, Scenario s) {
        Map<String, Element> byId = s.elementsById();
        List<String> shown = new ArrayList<>();
        Matcher words = Pattern.compile("[\\p{Alnum}_\\-]+").matcher(text);
        while (words.find()) {
            Element e = byId.get(words.group());
            if (e != null && (e instanceof Link || !e.name().isBlank() && !e.name().equals(e.id()))) {
                shown.add(words.group());
            }
        }
        return shown;
    }

    /** Writes a snapshot of the window's content to target/screenshots/NAME. */
    void shootWindow(FxRobot robot, String name) {
        robot.interact(() -> writeScreenshot(SwingFXUtils.fromFXImage(window.root().snapshot(null, null), null), name));
    }

    /** Writes a picture to target/screenshots/NAME. */
    static void writeScreenshot(BufferedImage picture, String name) {
        try {
            Path out = Path.of("target", "screenshots");
            Files.createDirectories(out);
            ImageIO.write(picture, "png", out.resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
