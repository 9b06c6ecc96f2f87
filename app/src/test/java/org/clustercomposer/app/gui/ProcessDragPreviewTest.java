package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;

import javafx.scene.input.MouseButton;
import javafx.stage.Stage;

import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.app.cli.Cli;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.samples.Stacking;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.prediction.DragPreview;
import org.clustercomposer.views.prediction.MovePreview;
import org.clustercomposer.views.prediction.ProcessMove;
import org.clustercomposer.views.prediction.ProcessMovePreview;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Dragging an SSI process group (an application on an SSI domain) shows the cost of its processes' migration,
 * each process's numbers those of {@code migration-cost --method process} (decision 0440, 2026-12-03); a VM on an
 * SSI says why it gets no cost. Writes screenshots 33 and 34.
 */
class ProcessDragPreviewTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    /** migration-cost --method process --format json, run in-process, for one process's request. */
    static JsonNode cli(MigrationRequest r) throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), "migration-cost",
                "--memory", fmt(r.memory()) + " B",
                "--dirty-rate", fmt(r.dirtyRate()) + " B/s",
                "--working-set", fmt(r.writableWorkingSet()) + " B",
                "--bandwidth", fmt(r.bandwidth()) + " B/s",
                "--method", "process", "--format", "json");
        assertEquals(0, status, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    @Test
    void draggingAProcessGroupToAnotherMemberShowsTheCommandLinesProcessMigrationCost(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.stacked(false));
        // mpi-job: 8 processes on kerrighed (node-4, node-5), 4 on each; dropped on node-5, node-4's 4 move.
        robot.drag(screenOf("app1", false), MouseButton.PRIMARY).moveTo(screenOf("h5", true));
        robot.moveBy(6, 4);
        WaitForAsyncUtils.waitForFxEvents();
        DragPreview shown = window.canvasModel().overlayProperty().get().preview();
        ProcessMovePreview preview = assertInstanceOf(ProcessMovePreview.class, shown, "a process preview over node-5");
        assertTrue(preview.runs(), preview.lines().toString());
        assertEquals("h5", preview.to());
        assertEquals(1, preview.groups().size(), "one member to leave");
        ProcessMovePreview.Group group = preview.groups().get(0);
        assertEquals("h4", group.move().from());
        assertEquals(4, group.count(), "half of the 8 processes are on node-4");
        assertEquals(List.of("l4", "l5"), preview.path(), "within rack 2");

        ProcessMove move = group.move();
        JsonNode cli = cli(move.request());
        double total = cli.get("totalSeconds").asDouble();
        double bytes = cli.get("bytesSent").asDouble();
        assertEquals(total, move.cost().totalSeconds(), 1e-9 * total, "total per process");
        assertEquals(cli.get("downtimeSeconds").asDouble(), move.cost().downtimeSeconds(), 1e-9 * total, "freeze");
        assertEquals(bytes, move.cost().bytesSent(), 1e-9 * bytes, "data sent per process");
        assertEquals(cli.get("inputs").get("pages left at home").asDouble(), move.remoteFraction(), 1e-12,
                "remote paging: the share of pages left at home");
        assertEquals(1 + 0.3 * move.remoteFraction(), move.slowdown(), 1e-12, "kerrighed's 30 % penalty");
        assertEquals(4 * total, preview.totalSeconds(), 1e-9 * total, "four processes, one after another");
        assertEquals(4 * bytes, preview.bytesSent(), 1e-9 * bytes);
        String text = String.join("\n", preview.lines());
        assertTrue(text.contains("frozen ") && text.contains("remote paging: ") && text.contains("total "), text);
        assertEquals(List.of(), idsTheCanvasDoesNotShow(text, window.editor().scenario()), "names, as on the canvas: " + text);
        assertTrue(text.contains("move to node-5") && text.contains(" via node-4 → rack-2 ToR → node-5"), text);
        shootWindow(robot, "33-drag-process-group-cost-preview.png");

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("h5", window.editor().scenario().applications().stream().filter(a -> a.id().equals("app1"))
                .findFirst().orElseThrow().placedOn());
        String undo = window.editor().stack().undoDescriptionProperty().get();
        assertEquals("Migrate mpi-job to node-5 (" + preview.summary() + ")", undo);
        assertTrue(undo.contains("process migration: 4 processes, total "), undo);
    }

    @Test
    void theStackViewShowsTheSamePreviewAndNamesTheStepWithIt(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.stacked(false));
        robot.interact(() -> window.showingStackProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.stackView().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        var g = window.stackView().model().geometry();
        Rect app = g.boundsOf("app1").orElseThrow();
        var column = g.columns().get("h5");
        robot.drag(window.stackView().screenOf(app.centerX(), app.centerY()), MouseButton.PRIMARY)
                .moveTo(window.stackView().screenOf(column.x() + column.width() / 2, -20));
        robot.moveBy(3, 2);
        WaitForAsyncUtils.waitForFxEvents();
        ProcessMovePreview preview = assertInstanceOf(ProcessMovePreview.class,
                window.stackView().model().previewProperty().get(), "a process preview over node-5's column");
        assertTrue(preview.runs(), preview.lines().toString());
        ProcessMove move = preview.groups().get(0).move();
        JsonNode cli = cli(move.request());
        assertEquals(cli.get("totalSeconds").asDouble(), move.cost().totalSeconds(), 1e-9 * move.cost().totalSeconds());
        assertEquals(cli.get("bytesSent").asDouble(), move.cost().bytesSent(), 1e-9 * move.cost().bytesSent());
        assertEquals(preview.lines(), window.canvasModel().previewProcesses("app1", "h5").lines(),
                "the topology canvas says the same");
        shootWindow(robot, "35-stack-drag-process-group-cost-preview.png");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.stackView().model().previewProperty().get(), "cleared at the drop");
        assertEquals("Migrate mpi-job to node-5 (" + preview.summary() + ")",
                window.editor().stack().undoDescriptionProperty().get());
    }

    @Test
    void twoMemberVmsOnOneHostMoveTheirProcessesInsideThatHostAndThePreviewShowsEveryMember(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.twoMemberVmsOnOneHost());
        ProcessMovePreview overTheHost = window.canvasModel().previewProcesses("app3", "h5");
        assertFalse(overTheHost.runs());
        assertEquals("node-5 runs 2 members of mosix-virtual (ssi-vm-a, ssi-vm-c): drop on one of them to see its "
                + "processes' migration", overTheHost.refusal());
        // render: 6 processes over ssi-vm-a (node-5), ssi-vm-b (node-6), ssi-vm-c (node-5), two on each (i mod 3).
        robot.drag(screenOf("app3", false), MouseButton.PRIMARY).moveTo(screenOf("kvm-a", false));
        robot.moveBy(2, 1);
        WaitForAsyncUtils.waitForFxEvents();
        ProcessMovePreview preview = assertInstanceOf(ProcessMovePreview.class,
                window.canvasModel().overlayProperty().get().preview(), "a process preview over ssi-vm-a");
        assertTrue(preview.runs(), preview.lines().toString());
        assertEquals("kvm-a", preview.to());
        assertEquals(List.of("kvm-b", "kvm-c"), preview.groups().stream().map(g -> g.move().from()).toList());
        assertEquals(List.of(2, 2), preview.groups().stream().map(ProcessMovePreview.Group::count).toList());
        ProcessMove acrossTheNetwork = preview.groups().get(0).move();
        ProcessMove insideTheHost = preview.groups().get(1).move();
        assertEquals(List.of("l6", "l5"), acrossTheNetwork.path(), "node-6 to node-5 within rack 2");
        assertEquals(List.of(), insideTheHost.path(), "ssi-vm-c and ssi-vm-a are both on node-5: no link");
        assertEquals(10 * 10 * Designs.GBIT, insideTheHost.request().bandwidth(), 1e-6,
                "the event-driven engine's copy inside one machine: ten times the fastest NIC (10 Gbit/s)");
        double total = 0;
        double bytes = 0;
        for (ProcessMove move : List.of(acrossTheNetwork, insideTheHost)) {
            JsonNode cli = cli(move.request());
            assertEquals(cli.get("totalSeconds").asDouble(), move.cost().totalSeconds(), 1e-9 * move.cost().totalSeconds(),
                    "total per process from " + move.from());
            assertEquals(cli.get("downtimeSeconds").asDouble(), move.cost().downtimeSeconds(),
                    1e-9 * move.cost().totalSeconds(), "freeze from " + move.from());
            assertEquals(cli.get("bytesSent").asDouble(), move.cost().bytesSent(), 1e-9 * move.cost().bytesSent());
            total += 2 * cli.get("totalSeconds").asDouble();
            bytes += 2 * cli.get("bytesSent").asDouble();
        }
        assertTrue(insideTheHost.cost().totalSeconds() < acrossTheNetwork.cost().totalSeconds(),
                "a copy inside one host is faster than one over a 10 Gbit/s link");
        assertEquals(total, preview.totalSeconds(), 1e-9 * total, "the four processes one after another");
        assertEquals(bytes, preview.bytesSent(), 1e-9 * bytes);
        String text = String.join("\n", preview.lines());
        assertEquals(List.of(), idsTheCanvasDoesNotShow(text, window.editor().scenario()), text);
        assertTrue(text.contains("from ssi-vm-c: ") && text.contains("inside node-5"), text);
        shootWindow(robot, "36-drag-process-group-two-members-on-one-host.png");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Migrate render to ssi-vm-a (" + preview.summary() + ")",
                window.editor().stack().undoDescriptionProperty().get());
    }

    @Test
    void aProcessGroupOverANonMemberSaysItIsNoProcessMigration(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        ProcessMovePreview p = window.canvasModel().previewProcesses("app1", "h1");
        assertNotNull(p);
        assertFalse(p.runs());
        assertTrue(p.refusal().startsWith("node-1 is not a member of kerrighed"), p.refusal());
        assertEquals(List.of(), idsTheCanvasDoesNotShow(String.join("\n", p.lines()), window.editor().scenario()),
                p.lines().toString());
        assertNull(window.canvasModel().previewProcesses("app1", "ssi-hosts"), "over its own domain: nothing moves");
        assertNull(window.canvasModel().previewProcesses("app2", "h2"), "db runs on a VM, not on an SSI");
    }

    @Test
    void aVmOnAnSsiSaysWhyNoCostIsShown(FxRobot robot) {
        robot.interact(() -> window.documents().openSample(Samples.of(Stacking.VMS_ON_SSI).orElseThrow().load()));
        WaitForAsyncUtils.waitForFxEvents();
        MovePreview process = window.canvasModel().previewMove("vm2", "h6");
        assertFalse(process.runs());
        assertTrue(process.refusal().startsWith("qemu-process-1 runs as a process of SSI kerrighed"), process.refusal());
        MovePreview aggregate = window.canvasModel().previewMove("vm1", "h5");
        assertFalse(aggregate.runs());
        assertTrue(aggregate.refusal().contains("aggregate VM spread over the 4 members of aggregate VM host (vSMP / "
                + "GiantVM)"), aggregate.refusal());

        robot.interact(() -> window.canvas().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(screenOf("vm2", false), MouseButton.PRIMARY).moveTo(screenOf("h1", true));
        robot.moveBy(6, 4);
        WaitForAsyncUtils.waitForFxEvents();
        DragPreview shown = window.canvasModel().overlayProperty().get().preview();
        assertNotNull(shown, "the label says why, rather than nothing");
        assertFalse(shown.runs());
        assertTrue(shown.lines().get(1).contains("runs as a process of SSI kerrighed"), shown.lines().toString());
        assertEquals(List.of(), idsTheCanvasDoesNotShow(String.join("\n", shown.lines()), window.editor().scenario()),
                shown.lines().toString());
        shootWindow(robot, "34-drag-vm-on-ssi-says-why.png");
        robot.release(MouseButton.PRIMARY);
    }
}
