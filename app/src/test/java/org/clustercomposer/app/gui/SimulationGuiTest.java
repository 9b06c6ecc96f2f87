package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.clustercomposer.report.OutputFormat;
import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.views.playback.PlaybackFrame;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.results.RunComparison;
import org.clustercomposer.views.results.SimulationRun;
import org.clustercomposer.views.results.SimulationSettings;
import org.clustercomposer.views.results.TimeChart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Simulate › Run on the real window: results, playback on the canvas, comparison, export. */
class SimulationGuiTest extends MainWindowTestBase {

    @TempDir
    Path out;

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void f5OnEverySampleShowsResultsWithinTenSeconds(FxRobot robot) throws Exception {
        for (Sample sample : Samples.all()) {
            robot.interact(() -> HelpMenu.openSample(window, sample));
            WaitForAsyncUtils.waitForFxEvents();
            SimulationRun before = window.simulation().results().runProperty().get();
            long started = System.nanoTime();
            robot.press(KeyCode.F5).release(KeyCode.F5);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> {
                SimulationRun r = window.simulation().results().runProperty().get();
                return r != null && r != before;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            SimulationRun run = window.simulation().results().runProperty().get();
            assertEquals(sample.load().name(), run.result().scenario(), sample.file());
            assertEquals(24 * 3600, run.result().simulatedTime(), 1e-6, sample.file());
            assertEquals(288, run.result().stepTimes().length);
            List<TimeChart> charts = window.simulation().results().charts();
            assertTrue(charts.size() >= 5, "CPU, memory, power, energy and SLA charts");
            assertTrue(charts.get(0).lineChart().getData().get(0).getData().size() == 288);
            System.out.printf("F5 %s: results in %.2f s%n", sample.file(), seconds);
        }
        shoot(robot, "40-results-view.png");
    }

    @Test
    void scrubbingRecoloursTheCanvasAndMovesTheCursors(FxRobot robot) throws Exception {
        SimulationRun run = runSample(robot, "vms-on-hosts.json", SimulationSettings.defaults());
        String host = run.scenario().hosts().get(0).id();
        robot.interact(() -> window.simulation().playback().timeProperty().set(0));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, ElementLoad> early = window.canvasModel().loadsProperty().get();
        double cursorEarly = window.simulation().results().charts().get(0).cursorX();
        // The step whose CPU demand differs most from step 0, so the colour visibly changes.
        int k = stepFarthestFrom0(run.result(), 0);
        robot.interact(() -> window.simulation().playback().timeProperty().set(k * 300 + 10));
        WaitForAsyncUtils.waitForFxEvents();
        Map<String, ElementLoad> later = window.canvasModel().loadsProperty().get();
        assertNotEquals(early.get(host).utilization(), later.get(host).utilization());
        assertEquals(run.result().hostMetric("cpu-demand").get(0, k),
                Math.min(later.get(host).utilization(), run.result().hostMetric("cpu-demand").get(0, k)), 1e-6);
        assertNotEquals(cursorEarly, window.simulation().results().charts().get(0).cursorX());
        robot.interact(() -> window.simulation().endPlayback());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvasModel().loadsProperty().get().get(host).explanation().indexOf("simulated") < 0,
                "after playback the canvas shows the prediction again");
    }

    @Test
    void playbackDrawsRunningMigrationsAndTheComparisonsDeltasAreTheRunsOwn(FxRobot robot) throws Exception {
        SimulationRun quiet = runSample(robot, "vms-on-hosts.json", SimulationSettings.defaults());
        robot.interact(() -> window.simulation().pin());
        Scenario design = window.editor().scenario();
        String busiest = design.hosts().stream().filter(h -> design.vms().stream().anyMatch(v -> h.id().equals(v.placedOn())))
                .findFirst().orElseThrow().id();
        robot.interact(() -> window.simulation().setSettings(
                SimulationSettings.defaults().withMaintenance(busiest, 6 * 3600, 2 * 3600)));
        SimulationRun drained = rerun(robot);
        assertFalse(drained.result().migrations().isEmpty(), "draining a host migrates its VMs");

        RunComparison c = window.simulation().results().comparison().orElseThrow();
        assertEquals((drained.result().energy() - quiet.result().energy()) / 3.6e6, c.row("Energy").delta(), 1e-9);
        assertEquals(drained.result().migrations().size() - quiet.result().migrations().size(),
                c.row("Migrations").delta());
        assertEquals(drained.result().violations().size() - quiet.result().violations().size(),
                c.row("SLA violations").delta());
        assertEquals(drained.result().migrations().stream().mapToDouble(MigrationRecord::downtime).max().orElse(0),
                c.row("Longest downtime").current());
        assertEquals(c.rows().size(), window.simulation().results().comparisonTable().getItems().size());
        assertTrue(window.simulation().results().compareCharts().stream()
                .allMatch(ch -> ch.lineChart().getData().size() == 2), "each compared chart overlays both runs");
        robot.interact(() -> window.simulation().compare());
        shoot(robot, "42-comparison.png");

        MigrationRecord m = drained.result().migrations().get(0);
        robot.interact(() -> window.simulation().results().selectTab(1));
        robot.interact(() -> window.simulation().playback().timeProperty().set((m.start() + m.end()) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        PlaybackFrame frame = window.simulation().playback().frameProperty().get();
        assertTrue(frame.migrations().stream().anyMatch(r -> r.migration().equals(m)));
        assertNotNull(window.canvas().decorationProperty().get(), "running migrations are drawn on the canvas");
        assertTrue(window.simulation().results().timeline().lanes().contains(m.from()));
        shoot(robot, "41-playback-mid-migration.png");

        List<Path> csv = window.simulation().results().exportData(out.resolve("csv"), OutputFormat.CSV);
        assertTrue(csv.stream().anyMatch(p -> p.getFileName().toString().equals("migrations.csv")));
        assertEquals(drained.result().migrations().size() + 1, Files.readAllLines(out.resolve("csv/migrations.csv")).size());
        assertTrue(Files.exists(window.simulation().results().exportData(out.resolve("json"), OutputFormat.JSON).get(0)));
        List<Path> svgs = window.simulation().results().exportCharts(out.resolve("svg"), true);
        assertTrue(Files.readString(svgs.get(0)).contains("<polyline"));
        robot.interact(() -> {
            try {
                List<Path> pngs = window.simulation().results().exportCharts(out.resolve("png"), false);
                assertTrue(Files.size(pngs.get(0)) > 1000);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private SimulationRun runSample(FxRobot robot, String file, SimulationSettings settings) throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
        robot.interact(() -> HelpMenu.openSample(window, sample));
        robot.interact(() -> window.simulation().setSettings(settings));
        return rerun(robot);
    }

    private SimulationRun rerun(FxRobot robot) throws Exception {
        SimulationRun before = window.simulation().results().runProperty().get();
        robot.interact(() -> window.simulation().run());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            SimulationRun r = window.simulation().results().runProperty().get();
            return r != null && r != before;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.simulation().results().runProperty().get();
    }

    private static int stepFarthestFrom0(SimulationResult r, int host) {
        int best = 1;
        for (int k = 1; k < r.stepTimes().length; k++) {
            if (Math.abs(r.hostMetric("cpu-demand").get(host, k) - r.hostMetric("cpu-demand").get(host, 0))
                    > Math.abs(r.hostMetric("cpu-demand").get(host, best) - r.hostMetric("cpu-demand").get(host, 0))) {
                best = k;
            }
        }
        return best;
    }

    private byte[] canvasPixels(FxRobot robot) {
        java.util.concurrent.atomic.AtomicReference<byte[]> bytes = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> {
            window.canvas().redraw();
            WritableImage image = window.canvas().canvas().snapshot(null, null);
            int w = (int) image.getWidth();
            int h = (int) image.getHeight();
            byte[] b = new byte[w * h * 4];
            image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getByteBgraInstance(), b, 0, w * 4);
            bytes.set(b);
        });
        return bytes.get();
    }

    private void shoot(FxRobot robot, String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
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
