package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.app.cli.Cli;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;
import org.clustercomposer.views.migration.MigrationAnimationModel;
import org.clustercomposer.views.migration.MigrationAnimationView;
import org.clustercomposer.views.migration.MigrationFrame;
import org.clustercomposer.views.migration.MigrationFrame.Phase;
import org.clustercomposer.views.migration.MigrationScript;
import org.clustercomposer.views.migration.PageState;
import org.clustercomposer.views.migration.WatchedMove;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Migrations you can watch (issue 14, items 4 and 5): the animation's numbers are those of
 * {@code migration-cost --format json} for the same move, stepping changes and restores frames, and the
 * post-copy, under-an-SSI and process variants run. Writes the screenshots 40-44.
 */
class MigrationWatchTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    /** The animation's window must not stay on screen over the next test's main window (clicks would land on it). */
    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> window == null
                || w != window.root().getScene().getWindow()).toList().forEach(Window::hide));
    }

    private MigrationAnimationView open(FxRobot robot, String subject, String target, MigrationMethod method) {
        openUnsaved(robot, Designs.stacked(false));
        AtomicReference<MigrationAnimationView> view = new AtomicReference<>();
        robot.interact(() -> view.set(window.migrationWatch().open(subject, target, method)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(view.get(), String.valueOf(window.canvasModel().messageProperty().get()));
        return view.get();
    }

    /** migration-cost --format json, run in-process, for the request the animation was made from. */
    private static JsonNode cli(MigrationRequest r, String method) throws Exception {
        List<String> args = new ArrayList<>(List.of("migration-cost",
                "--memory", fmt(r.memory()) + " B",
                "--dirty-rate", fmt(r.dirtyRate()) + " B/s",
                "--working-set", fmt(r.writableWorkingSet()) + " B",
                "--non-zero-memory", fmt(r.nonZeroMemory()) + " B",
                "--bandwidth", fmt(r.bandwidth()) + " B/s",
                "--method", method, "--format", "json"));
        if (!method.equals("process")) {
            args.addAll(List.of("--max-bandwidth", "0"));
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Cli.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
        assertEquals(0, status, err.toString());
        return new ObjectMapper().readTree(out.toString());
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.17g", v);
    }

    /** Rounds, bytes of every round, downtime, total and data: the command line's, shown by the animation. */
    private static void assertSameNumbers(JsonNode cli, MigrationScript script) {
        MigrationCost c = script.move().cost();
        assertEquals(cli.get("rounds").asInt(), c.rounds(), "rounds");
        assertEquals(cli.get("downtimeSeconds").asDouble(), c.downtimeSeconds(), 1e-9 * c.downtimeSeconds(), "downtime");
        assertEquals(cli.get("totalSeconds").asDouble(), c.totalSeconds(), 1e-9 * c.totalSeconds(), "total");
        assertEquals(cli.get("bytesSent").asDouble(), c.bytesSent(), 1e-9 * c.bytesSent(), "data sent");
        JsonNode rounds = cli.get("roundBytes");
        List<MigrationScript.Pass> passes = script.passes();
        assertEquals(rounds.size(), passes.size(), "one animated pass per round the command line lists");
        for (int i = 0; i < passes.size(); i++) {
            assertEquals(rounds.get(i).asDouble(), passes.get(i).bytes(), 1e-6 * Math.max(1, passes.get(i).bytes()),
                    "bytes of round " + (i + 1));
        }
    }

    @Test
    void thePreCopyAnimationShowsTheRoundsBytesAndDowntimeOfMigrationCost(FxRobot robot, @TempDir Path dir) throws Exception {
        MigrationAnimationView view = open(robot, "vm1", "h4", MigrationMethod.PRE_COPY);
        MigrationScript script = view.model().script();
        assertEquals(WatchedMove.Kind.PRE_COPY, script.move().kind());
        assertSameNumbers(cli(script.move().request(), "precopy"), script);
        List<MigrationScript.Pass> passes = script.passes();
        assertTrue(passes.size() >= 3, "several live rounds and the pause: " + passes);
        assertTrue(passes.get(passes.size() - 1).paused(), "the last pass is the stop-and-copy");
        double cell = script.grid().cellBytes();
        for (MigrationScript.Pass p : passes) {
            // A pass sends its bytes' worth of cells (the grid is scaled: to the nearest cell).
            assertEquals(p.bytes() / cell, p.cells(), 1.0, p.toString());
        }
        // Re-sent pages are hot pages: every cell ever dirtied belongs to the working set.
        for (MigrationFrame f : script.frames()) {
            for (int i = 0; i < script.grid().cells(); i++) {
                if (f.state(i) == PageState.DIRTY) {
                    assertTrue(script.grid().hotCells().contains(i), "cell " + i + " dirtied outside the hot set");
                }
            }
        }
        MigrationAnimationModel model = view.model();
        int sync = model.firstFrameOf(Phase.DIRTY_LOG_SYNC, 0);
        assertEquals(passes.get(0).bytes(), script.frames().get(sync).passBytesSent(), 1e-6, "round 1 done at its sync");
        assertTrue(script.frames().get(sync).count(PageState.DIRTY) > 0, "the guest dirtied pages during round 1");
        int pause = model.firstFrameOf(Phase.STOP_AND_COPY, -1);
        assertEquals(MigrationFrame.Where.PAUSED, script.frames().get(pause).where());
        assertEquals(MigrationFrame.Where.DESTINATION, script.frames().get(model.lastIndex()).where());
        int lastFrame = model.lastIndex();
        assertEquals(0, script.frames().get(lastFrame).count(PageState.DIRTY) + script.frames().get(lastFrame)
                .count(PageState.NOT_SENT), "every page is on the destination at the end");

        // Mid-way through round 2: some of its pages sent, the rest still dirty.
        robot.interact(() -> model.frameProperty().set(model.firstFrameOf(Phase.LIVE_COPY, 1) + 2));
        MigrationFrame mid = model.current();
        assertEquals(1, mid.pass());
        assertTrue(mid.passBytesSent() > 0 && mid.passBytesSent() < passes.get(1).bytes(), "mid-way: " + mid.passBytesSent());
        shoot(robot, view, "40-migration-precopy-round-2.png");

        // Any frame exports at 2x.
        Path png = dir.resolve("frame.png");
        robot.interact(() -> window.migrationWatch().export(view, png));
        BufferedImage exported = ImageIO.read(png.toFile());
        assertEquals(Math.ceil(view.canvas().getWidth() * 2), exported.getWidth(), "twice the view's width");
        assertEquals(Math.ceil(view.canvas().getHeight() * 2), exported.getHeight(), "twice the view's height");
        Files.copy(png, screenshots().resolve("41-migration-precopy-round-2-export-2x.png"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void steppingForwardAndBackChangesAndRestoresTheFrame(FxRobot robot) throws Exception {
        MigrationAnimationView view = open(robot, "vm1", "h4", MigrationMethod.PRE_COPY);
        MigrationAnimationModel model = view.model();
        robot.interact(() -> model.frameProperty().set(model.firstFrameOf(Phase.LIVE_COPY, 0)));
        int at = model.frameProperty().get();
        byte[] before = model.current().cells().clone();
        String caption = model.current().caption();
        robot.clickOn("#animation-forward");
        assertEquals(at + 1, model.frameProperty().get());
        assertFalse(java.util.Arrays.equals(before, model.current().cells()), "a step forward sends more pages");
        robot.clickOn("#animation-back");
        assertEquals(at, model.frameProperty().get());
        assertArrayEquals(before, model.current().cells(), "a step back shows the same pages again");
        assertEquals(caption, model.current().caption());
        robot.clickOn("#animation-back");
        robot.clickOn("#animation-back");
        assertEquals(Math.max(0, at - 2), model.frameProperty().get(), "never before the first frame");

        // Play at 4x: the frames advance by themselves, and pause stops them.
        robot.interact(() -> model.speedProperty().set(4));
        int from = model.frameProperty().get();
        robot.clickOn("#animation-play");
        // Waits for the frames rather than a fixed time: the machine may be busy.
        WaitForAsyncUtils.waitFor(30, java.util.concurrent.TimeUnit.SECONDS, () -> model.frameProperty().get() >= from + 3);
        robot.clickOn("#animation-play");
        int stopped = model.frameProperty().get();
        assertTrue(stopped >= from + 3, "playing moved on: " + stopped);
        assertFalse(model.playingProperty().get(), "paused");
        WaitForAsyncUtils.sleep(600, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertEquals(stopped, model.frameProperty().get(), "paused");
    }

    @Test
    void postCopyPullsPagesAfterTheSwitchWithTheCommandLinesNumbers(FxRobot robot) throws Exception {
        MigrationAnimationView view = open(robot, "vm3", "h3", MigrationMethod.POST_COPY);
        MigrationScript script = view.model().script();
        assertEquals(WatchedMove.Kind.POST_COPY, script.move().kind());
        assertSameNumbers(cli(script.move().request(), "postcopy"), script);
        MigrationAnimationModel model = view.model();
        int sw = model.firstFrameOf(Phase.SWITCH, -1);
        assertEquals(MigrationFrame.Where.PAUSED, script.frames().get(sw).where());
        assertEquals(script.grid().cells(), script.frames().get(sw).count(PageState.REMOTE), "no page moved at the switch");
        int pull = model.firstFrameOf(Phase.PULL, -1);
        assertTrue(pull > sw);
        assertEquals(MigrationFrame.Where.DESTINATION, script.frames().get(pull).where(), "runs on the destination");
        assertTrue(script.frames().get(pull).count(PageState.PULLED) > 0, "pages pulled on demand");
        assertEquals(0, script.frames().get(model.lastIndex()).count(PageState.REMOTE), "every page crossed");
        robot.interact(() -> model.frameProperty().set(pull + 2));
        shoot(robot, view, "42-migration-postcopy.png");
    }

    @Test
    void aVmUnderAnSsiMovesWhileTheDomainStaysUp(FxRobot robot) throws Exception {
        MigrationAnimationView view = open(robot, "kvm-a", "h4", MigrationMethod.PRE_COPY);
        MigrationScript script = view.model().script();
        assertTrue(script.move().underSsi());
        assertSameNumbers(cli(script.move().request(), "precopy"), script);
        for (MigrationFrame f : script.frames()) {
            assertNotNull(f.ssiState(), f.phase().toString());
            assertTrue(f.ssiState().startsWith("SSI domain mosix-virtual: up, 2 of 2 members"), f.ssiState());
        }
        MigrationAnimationModel model = view.model();
        int pause = model.firstFrameOf(Phase.STOP_AND_COPY, -1);
        assertTrue(script.frames().get(pause).ssiState().contains("paused for"), script.frames().get(pause).ssiState());
        robot.interact(() -> model.frameProperty().set(pause + 1));
        shoot(robot, view, "43-migration-under-ssi-pause.png");
    }

    @Test
    void anSsiProcessFreezesSendsItsWrittenPagesAndPagesTheRestRemotely(FxRobot robot) throws Exception {
        MigrationAnimationView view = open(robot, "app1", "h5", null);
        MigrationScript script = view.model().script();
        assertEquals(WatchedMove.Kind.PROCESS, script.move().kind());
        assertSameNumbers(cli(script.move().request(), "process"), script);
        MigrationAnimationModel model = view.model();
        int freeze = model.firstFrameOf(Phase.FREEZE, -1);
        int transfer = model.firstFrameOf(Phase.TRANSFER, -1);
        int paging = model.firstFrameOf(Phase.REMOTE_PAGING, -1);
        assertTrue(freeze >= 0 && transfer > freeze && paging > transfer, freeze + " " + transfer + " " + paging);
        assertEquals(MigrationFrame.Where.FROZEN, script.frames().get(transfer).where());
        MigrationFrame thawed = script.frames().get(paging);
        assertEquals(MigrationFrame.Where.DESTINATION, thawed.where());
        assertTrue(thawed.count(PageState.REMOTE) > thawed.count(PageState.PAUSED), "most pages stay at home");
        assertTrue(script.frames().get(model.lastIndex()).count(PageState.PULLED) > 0, "remote paging fetches pages");
        assertNotNull(script.move().assumption(), "the assumed written set is said on screen");
        robot.interact(() -> model.frameProperty().set(paging + 2));
        shoot(robot, view, "44-migration-ssi-process.png");
    }

    @Test
    void anEditOfTheDesignCostsTheOpenMoveAgainOrSaysWhyItNoLongerRuns(FxRobot robot) throws Exception {
        MigrationAnimationView first = open(robot, "vm1", "h4", MigrationMethod.PRE_COPY);
        assertEquals("node-1", first.model().script().move().from());
        assertEquals("", window.migrationWatch().designChangedNotice());
        robot.interact(() -> window.editor().placeOn("vm1", "h2"));
        WaitForAsyncUtils.waitForFxEvents();
        MigrationAnimationView now = window.migrationWatch().view();
        assertNotSame(first, now, "a new animation for the new design");
        assertEquals("node-2", now.model().script().move().from());
        assertEquals(0, now.model().frameProperty().get(), "replays from the start");
        assertSameNumbers(cli(now.model().script().move().request(), "precopy"), now.model().script());
        assertTrue(window.migrationWatch().designChangedNotice().startsWith("The design changed: the move is costed again"),
                window.migrationWatch().designChangedNotice());

        robot.interact(() -> {
            window.editor().selection().select("vm1");
            window.editor().deleteSelection();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(now, window.migrationWatch().view(), "the old animation stays");
        assertTrue(window.migrationWatch().designChangedNotice().contains("no VM \"vm1\""),
                window.migrationWatch().designChangedNotice());
        assertTrue(robot.lookup("#watch-design-changed").query().isVisible(), "said in the window");
    }

    @Test
    void aRightClickOnAVmOffersWatchMigrationToEachOtherHost(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        Rect r = window.canvasModel().drawnGeometry().boundsOf("vm1").orElseThrow();
        Viewport v = window.canvasModel().viewportProperty().get();
        Point2D at = window.canvas().canvas().localToScreen(v.toScreenX(r.centerX()), v.toScreenY(r.centerY()));
        robot.clickOn(at, MouseButton.SECONDARY);
        Menu watch = watchMenu();
        assertEquals(5, watch.getItems().size(), "every host but its own");
        MenuItem toNode4 = watch.getItems().stream().filter(i -> i.getText().equals("node-4")).findFirst().orElseThrow();
        robot.interact(() -> {
            Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList().forEach(Window::hide);
            toNode4.fire();
        });
        MigrationAnimationView view = window.migrationWatch().view();
        assertNotNull(view);
        assertEquals("node-4", view.model().script().move().to());
        assertTrue(window.migrationWatch().stage().isShowing());
        robot.interact(() -> window.migrationWatch().stage().hide());
    }

    @Test
    void theStackViewsRightClickOffersItToo(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        robot.interact(() -> window.showingStackProperty().set(true));
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.stackView().fitToWindow());
        WaitForAsyncUtils.waitForFxEvents();
        Rect r = window.stackView().model().geometry().boundsOf("vm2").orElseThrow();
        robot.clickOn(window.stackView().screenOf(r.centerX(), r.centerY()), MouseButton.SECONDARY);
        Menu watch = watchMenu();
        assertEquals(5, watch.getItems().size());
        assertEquals("vm2", window.editor().selection().single());
        robot.interact(() -> Window.getWindows().stream().filter(w -> w instanceof ContextMenu).toList()
                .forEach(Window::hide));
    }

    @Test
    void aMoveThatCannotRunSaysWhyAndOpensNothing(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        AtomicReference<MigrationAnimationView> view = new AtomicReference<>();
        robot.interact(() -> view.set(window.migrationWatch().open("vm1", "h1", MigrationMethod.PRE_COPY)));
        assertNull(view.get());
        assertTrue(window.canvasModel().messageProperty().get().startsWith("Cannot watch: cannot move web-1 to node-1"),
                window.canvasModel().messageProperty().get());
    }

    private static Menu watchMenu() {
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = Window.getWindows().stream().filter(w -> w instanceof ContextMenu && w.isShowing())
                .map(w -> (ContextMenu) w).filter(m -> "canvas-context-menu".equals(m.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no context menu shown"));
        return menu.getItems().stream().filter(i -> i instanceof Menu).map(i -> (Menu) i).findFirst()
                .orElseThrow(() -> new AssertionError("no Watch Migration submenu in " + menu.getItems()));
    }

    private void shoot(FxRobot robot, MigrationAnimationView view, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> write(SwingFXUtils.fromFXImage(view.getScene().getRoot().snapshot(null, null), null), name));
    }

    private static Path screenshots() {
        try {
            return Files.createDirectories(Path.of("target", "screenshots"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(BufferedImage picture, String name) {
        try {
            ImageIO.write(picture, "png", screenshots().resolve(name).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
