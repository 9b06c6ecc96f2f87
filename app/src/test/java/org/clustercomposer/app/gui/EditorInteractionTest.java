package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;
import org.clustercomposer.views.export.PngExport;
import org.clustercomposer.views.export.SvgExport;
import org.clustercomposer.views.problems.ProblemItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The editor driven through real mouse and keyboard events on the real window (headless Monocle). */
class EditorInteractionTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    private static final double GIB = 1L << 30;

    private Scenario scenario() {
        return window.editor().scenario();
    }

    /** Screen point of a world point on the canvas. */
    private Point2D screen(double worldX, double worldY) {
        Viewport v = window.canvasModel().viewportProperty().get();
        return window.canvas().canvas().localToScreen(v.toScreenX(worldX), v.toScreenY(worldY));
    }

    private Point2D centreOf(String id) {
        Rect r = window.canvasModel().geometry().boundsOf(id).orElseThrow();
        return screen(r.centerX(), r.y() + 14);
    }

    private void open(FxRobot robot, Scenario s) {
        robot.interact(() -> window.documents().openUnsaved(s));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void dragsAHostFromThePaletteOntoTheCanvasAndUndoesIt(FxRobot robot) {
        Point2D target = robot.point("#canvas").query();
        robot.drag("#palette-host", MouseButton.PRIMARY).dropTo(target);
        assertEquals(1, scenario().hosts().size());
        assertEquals("host-1", window.editor().selection().single());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(0, scenario().hosts().size());
        robot.push(KeyCode.CONTROL, KeyCode.Y);
        assertEquals(1, scenario().hosts().size());
    }

    @Test
    void placesAVmByDroppingItOntoAHostAndMovesItToAnotherByDragging(FxRobot robot) {
        open(robot, Designs.stacked(false));
        robot.drag("#palette-vm", MouseButton.PRIMARY).dropTo(centreOf("h2"));
        String added = window.editor().selection().single();
        assertEquals("h2", scenario().vm(added).orElseThrow().placedOn());

        robot.drag(centreOf(added), MouseButton.PRIMARY).dropTo(centreOf("h3"));
        assertEquals("h3", scenario().vm(added).orElseThrow().placedOn());
    }

    @Test
    void aDragMovesAHostInOneUndoStep(FxRobot robot) {
        open(robot, Designs.stacked(false));
        Rect before = window.canvasModel().geometry().boundsOf("h1").orElseThrow();
        int steps = window.editor().stack().undoSize();
        robot.drag(centreOf("h1"), MouseButton.PRIMARY).moveBy(30, 0).moveBy(30, 40).drop();
        Rect after = window.canvasModel().geometry().boundsOf("h1").orElseThrow();
        assertTrue(after.x() > before.x() + 20, "host moved right");
        assertEquals(steps + 1, window.editor().stack().undoSize(), "the drag is one undo step");
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(before, window.canvasModel().geometry().boundsOf("h1").orElseThrow());
    }

    @Test
    void thePropertySheetFollowsAPressedHostAtTheDropNotDuringTheDrag(FxRobot robot) {
        open(robot, Designs.stacked(false));
        robot.clickOn(centreOf("h2"));
        assertEquals("h2", robot.lookup("#property-id").queryAs(TextField.class).getText());
        var drag = robot.drag(centreOf("h1"), MouseButton.PRIMARY).moveBy(30, 0);
        assertEquals(Set.of("h1"), window.editor().selection().ids(), "the press selected the host");
        assertEquals("h2", robot.lookup("#property-id").queryAs(TextField.class).getText(),
                "its sheet is not built while it is dragged (decision 0450)");
        drag.moveBy(20, 10).drop();
        assertEquals("h1", robot.lookup("#property-id").queryAs(TextField.class).getText(), "the sheet at the drop");
    }

    @Test
    void editsMemoryWithUnitsAndRefusesBadInputKeepingTheOldValue(FxRobot robot) {
        open(robot, Designs.stacked(false));
        robot.clickOn(centreOf("h2"));
        assertEquals("h2", window.editor().selection().single());
        robot.interact(() -> { });
        TextField memory = robot.lookup("#property-memory").queryAs(TextField.class);

        robot.doubleClickOn(memory).push(KeyCode.CONTROL, KeyCode.A).write("32 GiB").push(KeyCode.ENTER);
        assertEquals(32 * GIB, scenario().host("h2").orElseThrow().memory());
        assertTrue(window.root().getScene().getWindow() instanceof Stage s && s.getTitle().contains("*"));

        memory = robot.lookup("#property-memory").queryAs(TextField.class);
        robot.doubleClickOn(memory).push(KeyCode.CONTROL, KeyCode.A).write("lots").push(KeyCode.ENTER);
        assertEquals(32 * GIB, scenario().host("h2").orElseThrow().memory());
        Label error = robot.lookup("#properties-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("Memory") && error.getText().contains("16 GiB"), error.getText());
    }

    @Test
    void setsTheMemoryOfTwoSelectedHostsAtOnceAndOneCtrlZRestoresBoth(FxRobot robot) {
        open(robot, Designs.stacked(false));
        robot.clickOn(centreOf("h1"));
        robot.press(KeyCode.SHIFT).clickOn(centreOf("h2")).release(KeyCode.SHIFT);
        assertEquals(Set.of("h1", "h2"), window.editor().selection().ids());
        Label headline = robot.lookup("#properties-headline").queryAs(Label.class);
        assertEquals("2 hosts selected", headline.getText());
        TextField memory = robot.lookup("#property-memory").queryAs(TextField.class);
        assertEquals("64 GiB", memory.getText());
        assertFalse(robot.lookup("#property-id").queryAs(TextField.class).isEditable(), "ids are not edited together");

        robot.doubleClickOn(memory).push(KeyCode.CONTROL, KeyCode.A).write("128 GiB").push(KeyCode.ENTER);
        assertEquals(128 * GIB, scenario().host("h1").orElseThrow().memory());
        assertEquals(128 * GIB, scenario().host("h2").orElseThrow().memory());
        assertEquals(64 * GIB, scenario().host("h3").orElseThrow().memory());

        robot.push(KeyCode.CONTROL, KeyCode.Z);
        assertEquals(64 * GIB, scenario().host("h1").orElseThrow().memory());
        assertEquals(64 * GIB, scenario().host("h2").orElseThrow().memory());
    }

    @Test
    void rubberBandSelectsTheHostsInsideAndShiftClickAddsOne(FxRobot robot) {
        open(robot, Designs.stacked(false));
        Rect h1 = window.canvasModel().geometry().boundsOf("h1").orElseThrow();
        Rect h2 = window.canvasModel().geometry().boundsOf("h2").orElseThrow();
        Point2D from = screen(h1.x() - 20, h1.y() - 20);
        Point2D to = screen(h2.maxX() + 5, Math.max(h1.maxY(), h2.maxY()) + 5);
        robot.drag(from, MouseButton.PRIMARY).dropTo(to);
        assertTrue(window.editor().selection().ids().containsAll(List.of("h1", "h2")));
        assertFalse(window.editor().selection().ids().contains("h3"));

        robot.press(KeyCode.SHIFT).clickOn(centreOf("h3")).release(KeyCode.SHIFT);
        assertTrue(window.editor().selection().ids().contains("h3"));
    }

    @Test
    void savesAndOpensTheSameDesignAndTheTitleLosesItsAsterisk(FxRobot robot) throws Exception {
        open(robot, Designs.stacked(false));
        Path file = home.resolve("design.json");
        robot.interact(() -> assertTrue(window.documents().saveTo(file)));
        Stage stage = (Stage) window.root().getScene().getWindow();
        assertFalse(stage.getTitle().contains("*"), stage.getTitle());
        assertEquals(scenario().hosts(), ScenarioFiles.load(file).hosts());

        robot.interact(() -> window.documents().newDocument());
        assertEquals(0, scenario().hosts().size());
        robot.interact(() -> window.documents().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> scenario().hosts().size() == 6);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(ScenarioFiles.load(file), scenario());
        assertTrue(stage.getTitle().startsWith("design.json"), stage.getTitle());
    }

    @Test
    void aFileIsReadBehindAProgressBarAndCancellingKeepsTheOpenDesign(FxRobot robot) throws Exception {
        open(robot, Designs.stacked(false));
        Scenario before = scenario();
        Path file = home.resolve("large.json");
        ScenarioFiles.save(new ScenarioGenerator().generate(new GeneratorParameters(1000, 10_000, 100, 42)), file);
        Node opening = robot.lookup("#status-opening").query();
        robot.interact(() -> {
            window.documents().open(file);
            // Read on a worker thread (3 MB: a tenth of a second at least): the window goes on meanwhile.
            assertTrue(opening.getParent().isVisible(), "the status bar shows the read");
            assertEquals("Opening large.json…", ((Label) opening).getText());
            window.documents().cancelOpening();
        });
        Thread.sleep(1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, scenario(), "cancelled: the open design stays");
        assertFalse(opening.getParent().isVisible());

        robot.interact(() -> window.documents().open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> scenario().hosts().size() == 1000);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(file, window.documents().fileProperty().get());
        assertFalse(opening.getParent().isVisible(), "the bar goes once the file is open");
    }

    @Test
    void listsProblemsAndAClickSelectsTheElementThePathPointsInto(FxRobot robot) throws Exception {
        Scenario broken = Designs.stacked(false);
        var vms = new ArrayList<>(broken.vms());
        vms.set(3, vms.get(3).withPlacedOn("nowhere"));
        open(robot, broken.withVms(vms));
        ListView<?> list = robot.lookup("#problems-list").queryAs(ListView.class);
        // Validation runs off the FX thread: wait for its result.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        int index = -1;
        for (int i = 0; i < list.getItems().size(); i++) {
            if (((ProblemItem) list.getItems().get(i)).path().startsWith("/vms/3")) {
                index = i;
            }
        }
        assertTrue(index >= 0, "a problem at /vms/3: " + list.getItems());
        int row = index;
        robot.interact(() -> list.scrollTo(row));
        robot.clickOn(robot.lookup("#problems-list .list-cell").nth(row).queryAs(Node.class));
        assertEquals(vms.get(3).id(), window.editor().selection().single());
    }

    @Test
    void exportsTheWholeDiagramAsPngAndSvg(FxRobot robot) throws Exception {
        open(robot, Designs.stacked(true));
        Path png = home.resolve("design.png");
        Path svg = home.resolve("design.svg");
        var canvas = window.canvasModel();
        robot.interact(() -> {
            try {
                var image = PngExport.render(canvas.geometry(), canvas.loadsProperty().get(),
                        canvas.layersProperty().get(), canvas.themeProperty().get());
                PngExport.write(image, png);
                SvgExport.write(svg, SvgExport.toSvg(
                        canvas.geometry(), canvas.loadsProperty().get(), canvas.layersProperty().get(),
                        canvas.themeProperty().get()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        var read = ImageIO.read(png.toFile());
        Rect bounds = canvas.geometry().bounds();
        assertEquals(Math.ceil(bounds.width() + 80), read.getWidth(), 1.0, "the whole diagram at 100 %");
        assertTrue(Files.readString(svg).contains(">node-1<"));
    }

    @Test
    void copyPasteAndDeleteWithTheKeyboard(FxRobot robot) {
        open(robot, Designs.stacked(false));
        robot.clickOn(centreOf("h3"));
        robot.push(KeyCode.CONTROL, KeyCode.C).push(KeyCode.CONTROL, KeyCode.V);
        assertTrue(scenario().host("h3-copy").isPresent());
        assertEquals("h3-copy", scenario().vm("vm5-copy").orElseThrow().placedOn(), "the host's VMs come along");
        robot.push(KeyCode.DELETE);
        assertTrue(scenario().host("h3-copy").isEmpty());
        assertTrue(scenario().vm("vm5-copy").isEmpty());
    }
}
