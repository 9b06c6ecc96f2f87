package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.views.results.MigrationTimeline;
import org.clustercomposer.views.results.RunComparison;
import org.clustercomposer.views.results.SimulationRun;
import org.clustercomposer.views.results.SimulationSettings;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Plays the steps of docs/editor.md "Compare two runs: SSI on hosts vs SSI over VMs during host
 * maintenance" on the two samples, so the documented way to answer the paper's question keeps working.
 */
class PaperQuestionTest extends MainWindowTestBase {

    private static final double HOUR = 3600;

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    @Test
    void maintenanceOfOneHostComparedAcrossTheTwoStackings(FxRobot robot) throws Exception {
        // Step 1: SSI on hosts, a day, maintenance of member h1 at 6 h for 2 h, then F5.
        SimulationRun ssiOnHosts = run(robot, "ssi-on-hosts.json", "h1");
        assertFalse(ssiOnHosts.result().migrations().isEmpty(), "the maintenance moves the SSI's processes off h1");
        assertTrue(ssiOnHosts.result().migrations().stream().allMatch(m -> m.kind().equals("process")),
                "an SSI over hosts moves processes, there are no VMs");
        // Step 2: pin it.
        robot.interact(() -> window.simulation().pin());
        // Step 3: SSI over VMs, the same settings, maintenance of xen-1 (carries vm1 of A and vm5 of B).
        SimulationRun ssiOverVms = run(robot, "ssi-over-vms.json", "h1");
        assertTrue(ssiOverVms.result().migrations().stream().anyMatch(m -> m.kind().equals("vm")),
                "under the SSI the hypervisor live-migrates the member VMs");
        // Step 4: compare with the pinned run.
        robot.interact(() -> window.simulation().compare());
        WaitForAsyncUtils.waitForFxEvents();
        RunComparison c = window.simulation().results().comparison().orElseThrow();
        assertEquals(ssiOnHosts.result().scenario(), c.pinned().result().scenario(), "the pin survives opening another file");
        assertEquals(ssiOverVms.result().migrations().size() - ssiOnHosts.result().migrations().size(),
                c.row("Migrations").delta());
        assertEquals(RunComparison.longestDowntime(ssiOverVms.result()), c.row("Longest downtime").current());
        assertEquals(RunComparison.dataMovedGib(ssiOnHosts.result()), c.row("Data moved").pinned());
        MigrationTimeline timeline = window.simulation().results().timeline();
        MigrationRecord first = ssiOverVms.result().migrations().get(0);
        assertEquals(MigrationRecord.MAINTENANCE, first.cause());
        assertNotEquals(Color.TRANSPARENT, timeline.causeColour(first.cause()), "the cause has a colour in the legend");
        double x = timeline.canvas().getWidth() * 0.25 + 80; // the maintenance starts at 6 h of 24 h
        MigrationRecord hovered = java.util.stream.IntStream.range(0, 400).mapToObj(dy -> timeline.at(x, dy / 4.0))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        assertNotNull(hovered, "a bar under the pointer at 6 h");
        for (RunComparison.Row row : c.rows()) {
            System.out.printf("paper question | %-18s | %12.4f | %12.4f | %+12.4f %s%n", row.metric(),
                    row.pinned(), row.current(), row.delta(), row.unit());
        }
    }

    private SimulationRun run(FxRobot robot, String file, String maintainedHost) throws Exception {
        Sample sample = Samples.all().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
        robot.interact(() -> HelpMenu.openSample(window, sample));
        robot.interact(() -> window.simulation().setSettings(
                SimulationSettings.defaults().withMaintenance(maintainedHost, 6 * HOUR, 2 * HOUR)));
        SimulationRun before = window.simulation().results().runProperty().get();
        robot.interact(() -> window.simulation().run());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            SimulationRun r = window.simulation().results().runProperty().get();
            return r != null && r != before;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return window.simulation().results().runProperty().get();
    }
}
