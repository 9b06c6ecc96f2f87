package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.clustercomposer.analysis.evacuation.MoveCost;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.app.cli.Cli;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.views.prediction.MovePreview;
import org.clustercomposer.views.prediction.MovePreviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Migration cost where the user moves things (issue 10, item 4): the ghost preview while a VM is
 * dragged, Migrate to… and Drain…, each checked against the command line for the same move.
 */
class MigrationPreviewTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    /** migration-cost --format json for the move's own inputs: the VM and the bandwidth of its path. */
    private static JsonNode cli(Vm vm, MoveCost move, MigrationMethod method) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), "migration-cost",
                "--memory", fmt(vm.memory()) + " B",
                "--dirty-rate", fmt(vm.workload().dirtyRate()) + " B/s",
                "--working-set", fmt(vm.workload().writableWorkingSet()) + " B",
                "--bandwidth", fmt(move.bandwidth()) + " B/s",
                "--max-bandwidth", "0",
                "--method", method == MigrationMethod.POST_COPY ? "postcopy" : "precopy", "--format", "json");
        assertEquals(0, status, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    private static void assertSameCost(JsonNode cli, MigrationCost gui) {
        assertEquals(cli.get("totalSeconds").asDouble(), gui.totalSeconds(), 1e-9 * gui.totalSeconds(), "total");
        assertEquals(cli.get("downtimeSeconds").asDouble(), gui.downtimeSeconds(), 1e-9 * gui.downtimeSeconds(),
                "downtime");
        assertEquals(cli.get("bytesSent").asDouble(), gui.bytesSent(), 1e-9 * gui.bytesSent(), "data sent");
        assertEquals(cli.get("rounds").asInt(), gui.rounds(), "rounds");
        assertEquals(cli.get("converged").asBoolean(), gui.converged(), "converged");
    }

    @Test
    void theDragPreviewShowsTheCostMigrationCostComputesForTheSameMove(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.stacked(false));
        Vm vm1 = window.editor().scenario().vm("vm1").orElseThrow();
        robot.drag(screenOf("vm1", false), MouseButton.PRIMARY).moveTo(screenOf("h4", true));
        robot.moveBy(6, 4);
        WaitForAsyncUtils.waitForFxEvents();
        MovePreview preview = (MovePreview) window.canvasModel().overlayProperty().get().preview();
        assertNotNull(preview, "a preview while vm1 is over h4");
        assertEquals("h4", preview.to());
        assertTrue(preview.runs(), preview.toString());
        assertEquals(List.of("l1", "up1", "up2", "l4"), preview.cost().path(), "across both racks and the core");
        assertSameCost(cli(vm1, preview.cost(), MigrationMethod.PRE_COPY), preview.cost().cost());
        assertTrue(preview.cost().cost().roundBytes().size() > 1, "pre-copy sends several rounds");
        // The label counts the chart's bars (the copy passes, the pause last) and says what migration-cost's
        // "rounds" counts beside them: QEMU's dirty-log syncs.
        JsonNode cli = cli(vm1, preview.cost(), MigrationMethod.PRE_COPY);
        int bars = cli.get("roundBytes").size();
        assertEquals(bars, preview.passBytes().size(), "one bar per pass the command line lists");
        String passes = preview.lines().get(2);
        assertTrue(passes.startsWith((bars - 1) + " live copy passes + the pause (" + cli.get("rounds").asInt()
                + " dirty-log syncs)"), passes);
        assertEquals(cli.get("rounds").asInt(), cli.get("inputs").get("dirty-log syncs").asInt(),
                "the command line's rounds are the syncs");
        assertEquals(List.of(), idsTheCanvasDoesNotShow(String.join("\n", preview.lines()), window.editor().scenario()),
                "the label names what the canvas names: " + preview.lines());
        assertTrue(preview.lines().get(3).endsWith(" via node-1 → rack-1 ToR → core → rack-2 ToR → node-4"),
                "the path as the nodes it crosses: " + preview.lines().get(3));
        shootWindow(robot, "30-drag-vm-cost-preview.png");

        robot.release(MouseButton.PRIMARY);
        assertEquals("h4", window.editor().scenario().vm("vm1").orElseThrow().placedOn());
        String undo = window.editor().stack().undoDescriptionProperty().get();
        assertTrue(undo.startsWith("Migrate web-1 to node-4 (pre-copy: "), undo);
        assertTrue(undo.contains(preview.summary()), undo);
    }

    @Test
    void aRefusedMoveSaysWhyInTheCanvasNames(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(true));
        Scenario s = window.editor().scenario();
        MovePreview full = window.canvasModel().previewMove("vm10", "h1");
        assertFalse(full.runs(), full.toString());
        assertEquals(List.of("Cannot move web-10 to node-1 (pre-copy)", "node-1 has not enough free memory"), full.lines(),
                "the engine's reason, in the canvas's names");
        MovePreview notAHost = window.canvasModel().previewMove("vm10", "tor1");
        MovePreview already = new MovePreviewer().preview(s, "vm10", "h2", MigrationMethod.PRE_COPY);
        assertEquals(List.of("Cannot move web-10 to node-2 (pre-copy)", "already on node-2"), already.lines());
        for (MovePreview p : List.of(full, notAHost, already)) {
            assertEquals(List.of(), idsTheCanvasDoesNotShow(String.join("\n", p.lines()) + "\n" + p.summary(), s),
                    p.lines().toString());
        }
    }

    @Test
    void theChosenMethodChangesThePreviewAndStillMatchesTheCommandLine(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.stacked(false));
        robot.interact(() -> window.canvasModel().migrationMethodProperty().set(MigrationMethod.POST_COPY));
        Vm vm3 = window.editor().scenario().vm("vm3").orElseThrow();
        MovePreview p = window.canvasModel().previewMove("vm3", "h3");
        assertEquals(MigrationMethod.POST_COPY, p.method());
        assertEquals(List.of("l2", "l3"), p.cost().path(), "within one rack");
        assertSameCost(cli(vm3, p.cost(), MigrationMethod.POST_COPY), p.cost().cost());
        assertEquals(1, p.cost().cost().rounds());
    }

    @Test
    void migrateToListsEveryOtherHostAndMovesInOneNamedStep(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        robot.interact(() -> window.editor().selection().select("vm1"));
        AtomicReference<Dialog<ButtonType>> shown = new AtomicReference<>();
        robot.interact(() -> {
            shown.set(window.migrations().migrate("vm1"));
            shown.get().show();
        });
        TableView<?> table = robot.lookup("#migrate-targets").queryAs(TableView.class);
        assertEquals(5, table.getItems().size(), "the six hosts but its own");
        MovePreview fastest = (MovePreview) table.getItems().get(0);
        assertTrue(fastest.runs());
        assertTrue(List.of("h2", "h3").contains(fastest.to()), "same rack first: " + fastest);
        shootDialog(robot, shown.get(), "31-migrate-to.png");
        robot.interact(() -> {
            shown.get().setResult(shown.get().getDialogPane().getButtonTypes().get(0));
            shown.get().close();
        });
        assertEquals(fastest.to(), window.editor().scenario().vm("vm1").orElseThrow().placedOn(), "Migrate moves it");
        assertTrue(window.editor().stack().undoDescriptionProperty().get().contains(fastest.summary()));
    }

    @Test
    void aRightClickOnAVmOffersMigrateToAndOnAHostDrain(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        robot.clickOn(screenOf("vm1", false), MouseButton.SECONDARY);
        ContextMenu menu = shownContextMenu();
        assertEquals(List.of("Migrate to…", "Watch Migration to"), menu.getItems().stream().map(MenuItem::getText).toList());
        assertEquals("vm1", window.editor().selection().single(), "the right-click selects what it is on");
        robot.interact(menu::hide);

        robot.clickOn(screenOf("h2", true), MouseButton.SECONDARY);
        ContextMenu hostMenu = shownContextMenu();
        assertEquals(List.of("Drain…"), hostMenu.getItems().stream().map(MenuItem::getText).toList());
        MenuItem drain = hostMenu.getItems().get(0);
        robot.interact(() -> {
            hostMenu.hide();
            drain.fire();
        });
        TextArea plan = robot.lookup("#drain-plan").queryAs(TextArea.class);
        assertTrue(plan.getText().startsWith("Draining node-2: 2 moves"), plan.getText());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.root().getScene().getWindow())
                .toList().forEach(Window::hide));
    }

    private static ContextMenu shownContextMenu() {
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).filter(m -> "canvas-context-menu".equals(m.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no context menu shown"));
    }

    @Test
    void drainShowsTheCommandLinesPlanAndAppliesItAsOneUndoableStep(FxRobot robot, @TempDir Path dir)
            throws Exception {
        openUnsaved(robot, Designs.stacked(false));
        Path file = dir.resolve("design.json");
        ScenarioFiles.save(window.editor().scenario(), file);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(0, Cli.run(new PrintWriter(out), new PrintWriter(err), "drain", file.toString(), "h1"), err.toString());

        AtomicReference<Dialog<ButtonType>> shown = new AtomicReference<>();
        robot.interact(() -> {
            window.editor().selection().select("h1");
            shown.set(window.migrations().drain("h1"));
            shown.get().show();
        });
        TextArea plan = robot.lookup("#drain-plan").queryAs(TextArea.class);
        List<String> cliLines = out.toString().lines().toList();
        List<String> shownLines = plan.getText().lines().toList();
        assertEquals(cliLines.size(), shownLines.size(), plan.getText());
        for (int i = 0; i < cliLines.size(); i++) {
            assertEquals(figures(cliLines.get(i)), figures(shownLines.get(i)),
                    "the figures cluster-composer drain prints, line " + i + ": " + shownLines.get(i));
        }
        assertEquals(List.of(), idsTheCanvasDoesNotShow(plan.getText(), window.editor().scenario()),
                "the plan names hosts and VMs as the canvas does:\n" + plan.getText());
        assertTrue(plan.getText().startsWith("Draining node-1: 2 moves, 0 refused"), plan.getText());
        assertTrue(out.toString().startsWith("Draining h1: 2 moves, 0 refused"), "the command line speaks ids: " + out);
        shootDialog(robot, shown.get(), "32-drain.png");
        int steps = window.editor().stack().undoSize();
        robot.interact(() -> {
            shown.get().setResult(shown.get().getDialogPane().getButtonTypes().get(0));
            shown.get().close();
        });
        assertTrue(window.editor().scenario().vms().stream().noneMatch(v -> "h1".equals(v.placedOn())), "h1 is empty");
        assertEquals(steps + 1, window.editor().stack().undoSize(), "one undo step");
        assertTrue(window.editor().stack().undoDescriptionProperty().get().startsWith("Drain node-1: 2 VMs moved (total "));
        robot.interact(() -> window.editor().undo());
        assertEquals(2, window.editor().scenario().vms().stream().filter(v -> "h1".equals(v.placedOn())).count());
    }

    // The numbers of a line, not those inside names and ids ("node-4", "l4").
    private static List<String> figures(String line) {
        return Pattern.compile("(?<![\\p{Alnum}_-])\\d+(?:\\.\\d+)?").matcher(line).results().map(MatchResult::group).toList();
    }

    private void shootDialog(FxRobot robot, Dialog<?> dialog, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> writeScreenshot(SwingFXUtils.fromFXImage(dialog.getDialogPane().snapshot(null, null), null), name));
    }
}
