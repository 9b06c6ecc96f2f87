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
        assertEquals("Zoom " + Math.round(window.stackView().model().viewportProperty().get().scale() * 100) + " %",
                robot.lookup("#status-zoom").queryAs(javafx.scene.control.Label.class).getText(),
                "the status bar shows the stack view's zoom");
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
            assertBandsCoverOnlyTheirMembers(geometry());
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

    @Test
    void eachStackingReadsFromItsBands(FxRobot robot) throws Exception {
        openSample(robot, "bare-metal.json");
        showStack(robot);
        assertTrue(geometry().bands().isEmpty() && geometry().vms().isEmpty() && geometry().hypervisors().isEmpty());
        assertEquals(7, geometry().applications().size(), "each solver stands on its host");

        openSample(robot, "ssi-on-hosts.json");
        StackGeometry.Band krg = geometry().bands().get("krg");
        assertEquals(1, krg.segments().size(), "one band over all eight hosts");
        assertEquals(geometry().columns().get("h1").x(), krg.span().x(), 0.01);
        assertEquals(geometry().columns().get("h8").maxX(), krg.span().maxX(), 0.01);
        assertTrue(krg.span().maxY() <= geometry().hardware().get("h1").rect().y(), "just above the hardware");
        assertEquals(geometry().applications().get("app1").rect().y(), geometry().applications().get("app2").rect().y(),
                "the two applications of the SSI stand side by side on it, neither stem crossing the other");

        openSample(robot, "vms-on-ssi.json");
        StackGeometry.Band giant = geometry().bands().get("giant");
        var aggregate = geometry().vms().get("vm1").rect();
        assertTrue(aggregate.maxY() <= giant.span().y(), "the aggregate VM stands on its SSI");
        assertTrue(aggregate.x() >= giant.span().x() && aggregate.maxX() <= giant.span().maxX());
        assertTrue(aggregate.width() > 3 * geometry().columns().get("h1").width(), "it spans the four hosts");
        StackGeometry.Band krgB = geometry().bands().get("krg");
        for (String vm : List.of("vm2", "vm3", "vm4")) {
            var chip = geometry().vms().get(vm).rect();
            assertTrue(chip.x() >= krgB.span().x() && chip.maxX() <= krgB.span().maxX(), vm + " over kerrighed");
        }

        openSample(robot, "mixed-mosix.json");
        StackGeometry g = geometry();
        StackGeometry.Band hw = g.bands().get("mosix-hw");
        assertEquals(g.columns().get("h4").maxX(), hw.span().maxX(), 0.01, "MOSIX on hosts ends at mosix-4");
        StackGeometry.Band vmBand = g.bands().get("mosix-vm");
        var service5 = g.vms().get("vm5").rect();
        assertTrue(vmBand.segments().stream().noneMatch(s -> s.x() < service5.maxX() && s.maxX() > service5.x()),
                "the MOSIX-VM band does not cover the service VM");
        // "monitoring" runs on service-5: its stem lands on that chip, not on the MOSIX-VM band.
        var stem = g.applicationStems("app3").get(0);
        assertEquals(service5.y(), stem.maxY(), 0.01);
        assertTrue(stem.centerX() > service5.x() && stem.centerX() < service5.maxX());
    }

    @Test
    void dragsAVmToAnotherColumnWithTheCanvasCommandAndUndoesIt(FxRobot robot) throws Exception {
        openSample(robot, "ssi-over-vms.json");
        showStack(robot);
        var chip = geometry().vms().get("vm1").rect();
        var column = geometry().columns().get("h3");
        robot.drag(window.stackView().screenOf(chip.centerX(), chip.centerY()))
                .dropTo(window.stackView().screenOf(column.x() + column.width() / 2, -20));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("h3", window.editor().scenario().vm("vm1").orElseThrow().placedOn());
        assertEquals("vm1", window.editor().selection().single(), "the dragged VM is selected");
        String step = window.editor().stack().undoDescriptionProperty().get();
        assertTrue(geometry().columns().get("h3").x() <= geometry().vms().get("vm1").rect().x(), "redrawn in its new column");

        // The same command as a drag on the topology canvas: same undo step, and the selection is shared.
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("h1", window.editor().scenario().vm("vm1").orElseThrow().placedOn());
        robot.interact(() -> window.canvasModel().migrate("vm1", "h3"));
        assertEquals(step, window.editor().stack().undoDescriptionProperty().get());
        assertTrue(step.startsWith("Migrate "), "named with its predicted cost: " + step);
        robot.push(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.canvas().isVisible());
        assertEquals("vm1", window.editor().selection().single(), "the topology shows the same selection");
    }

    @Test
    void clickingABandSelectsItsDomainAndHighlightsItsMembersOnly(FxRobot robot) throws Exception {
        openSample(robot, "ssi-over-vms.json");
        showStack(robot);
        var segment = geometry().bands().get("vssi-a").segments().get(1);
        robot.clickOn(window.stackView().screenOf(segment.centerX(), segment.centerY()));
        assertEquals("vssi-a", window.editor().selection().single());
        var related = window.stackView().model().related();
        assertTrue(related.containsAll(List.of("vm1", "vm2", "vm3", "vm4", "app1", "h1", "h4")), related.toString());
        assertTrue(List.of("vm5", "vm6", "vm7", "vm8", "vssi-b", "app2").stream().noneMatch(related::contains),
                "nothing of domain B is highlighted: " + related);
        shoot(robot, "36-stack-ssi-over-vms-domain-a-selected.png");
    }

    @Test
    void namesOfUpToSixteenCharactersAreNeverCutAndExportsScale(FxRobot robot) throws Exception {
        openSample(robot, "ssi-over-vms.json");
        robot.interact(() -> window.editor().execute(org.clustercomposer.views.editing.EditCommand.of("rename",
                s -> s.withVms(s.vms().stream().map(v -> v.id().equals("vm1") ? v.withName("WWWWWWWWWWWWWWWW")
                        : v.id().equals("vm2") ? v.withName("database-replica") : v).toList()))));
        showStack(robot);
        StackGeometry g = geometry();
        for (var chip : g.vms().values()) {
            String name = g.caption(chip.id());
            assertEquals(name, g.fit(name, chip.rect().width() - 8, 12, false), name + " is cut");
        }
        for (var host : g.hardware().values()) {
            String name = g.caption(host.id());
            assertEquals(name, g.fit(name, host.rect().width() - 56, 13, true), name + " is cut");
        }
        for (var app : g.applications().values()) {
            String label = g.appLabel(app.id());
            assertEquals(label, g.fit(label, app.rect().width() - 20, 12, false), label + " is cut");
        }
        robot.interact(() -> window.stackView().model().viewportProperty().set(new org.clustercomposer.views.canvas.Viewport(
                1, 40 - g.bounds().x(), window.stackView().canvas().getHeight() - 40 - g.bounds().maxY())));
        shoot(robot, "37-stack-long-names-100-percent.png");

        DrawingExport export = new DrawingExport(window);
        double[] widths = new double[3];
        String[] svg = new String[2];
        robot.interact(() -> {
            widths[0] = export.png(1).getWidth();
            var twice = export.png(2);
            widths[1] = twice.getWidth();
            widths[2] = export.png(4).getWidth();
            svg[0] = export.svg(1);
            svg[1] = export.svg(4);
            try {
                org.clustercomposer.views.export.PngExport.write(twice, Path.of("target", "screenshots", "38-stack-export-2x.png"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        assertEquals(2 * widths[0], widths[1], 2);
        assertEquals(4 * widths[0], widths[2], 4);
        assertTrue(svg[0].contains("WWWWWWWWWWWWWWWW") && svg[0].contains("database-replica"), "the SVG is the stack view");
        double svgWidth = Double.parseDouble(svg[0].replaceAll("(?s).*?<svg[^>]* width=\"([0-9.]+)\".*", "$1"));
        double svgWidth4 = Double.parseDouble(svg[1].replaceAll("(?s).*?<svg[^>]* width=\"([0-9.]+)\".*", "$1"));
        assertEquals(4 * svgWidth, svgWidth4, 4);
    }

    @Test
    void drawsTheGeneratedThousandHostDesignAsAStack(FxRobot robot) throws Exception {
        var large = new org.clustercomposer.scenario.generate.ScenarioGenerator().generate(
                new org.clustercomposer.scenario.generate.GeneratorParameters(1000, 10_000, 20, 42));
        robot.interact(() -> window.documents().openUnsaved(large));
        WaitForAsyncUtils.waitForFxEvents();
        showStack(robot);
        long[] nanos = new long[1];
        robot.interact(() -> {
            long start = System.nanoTime();
            StackGeometry.of(large, org.clustercomposer.views.stack.TextMeasure.fx());
            nanos[0] = System.nanoTime() - start;
        });
        System.out.printf("stack geometry of 1,000 hosts / 10,000 VMs, built once: %.0f ms%n", nanos[0] / 1e6);
        StackGeometry g = geometry();
        assertEquals(1000, g.columns().size());
        assertEquals(10_000, g.vms().size());
        assertBandsCoverOnlyTheirMembers(g);
        Thread.sleep(300);
        shoot(robot, "39-stack-large-1000-hosts-fit.png");
    }

    /** No band segment lies over a VM or host that is not a member (the outline never encloses a non-member). */
    private static void assertBandsCoverOnlyTheirMembers(StackGeometry g) {
        for (StackGeometry.Band b : g.bands().values()) {
            var pieces = b.overVms() ? g.vms() : g.hardware();
            for (var p : pieces.values()) {
                boolean under = p.rect().y() > b.span().y() && b.segments().stream()
                        .anyMatch(s -> s.x() < p.rect().maxX() - 0.5 && s.maxX() > p.rect().x() + 0.5);
                if (under) {
                    assertTrue(b.members().contains(p.id()), b.id() + " covers " + p.id());
                }
            }
        }
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
