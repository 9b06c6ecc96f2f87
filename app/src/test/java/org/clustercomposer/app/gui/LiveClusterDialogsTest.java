package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import javax.imageio.ImageIO;

import org.clustercomposer.export.ExportTarget;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.VmState;
import org.clustercomposer.scenario.Workload;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The export, import and push dialogs' content in a real scene (headless), against libvirt's test
 * driver (test:///default: one host, one running domain): no daemon needed. Screenshots go to
 * app/target/screenshots/.
 */
@ExtendWith(ApplicationExtension.class)
class LiveClusterDialogsTest {

    @TempDir
    Path dir;
    private Stage stage;
    private final StackPane holder = new StackPane();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.install();
        this.stage = stage;
        stage.setScene(new Scene(holder, 700, 640));
        stage.show();
    }

    private void show(Parent content) {
        WaitForAsyncUtils.asyncFx(() -> holder.getChildren().setAll(content));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String name) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        WaitForAsyncUtils.asyncFx(() -> {
            try {
                ImageIO.write(SwingFXUtils.fromFXImage(holder.snapshot(null, null), null), "png",
                        shots.resolve(name).toFile());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).get(10, TimeUnit.SECONDS);
    }

    private static void waitUntil(java.util.function.BooleanSupplier done) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(done::getAsBoolean).get());
    }

    @Test
    void exportWritesTheChosenFormatAndSaysSo(FxRobot robot) throws Exception {
        Scenario sample = Samples.all().get(1).load();
        LiveClusterDialogs.ExportForm form = WaitForAsyncUtils.asyncFx(() -> new LiveClusterDialogs.ExportForm(sample))
                .get();
        show(form.root);
        WaitForAsyncUtils.asyncFx(() -> {
            form.format.setValue(ExportTarget.ANSIBLE);
            form.directory.setText(dir.toString());
            form.export();
        }).get();
        assertTrue(Files.exists(dir.resolve("inventory.yml")));
        assertTrue(form.result.getText().startsWith("Exported 1 ansible file"), form.result.getText());
        screenshot("30-export-configuration.png");
    }

    @Test
    void importReadsTheHostIntoANewDesignWithProgress(FxRobot robot) throws Exception {
        AtomicReference<Scenario> opened = new AtomicReference<>();
        LiveClusterDialogs.ImportForm form = WaitForAsyncUtils.asyncFx(() -> new LiveClusterDialogs.ImportForm(opened::set))
                .get();
        show(form.root);
        robot.clickOn("#import-uris").write("test:///default\nqemu+unix:///session?socket=" + dir.resolve("none.sock"));
        robot.clickOn("#import-start");
        waitUntil(() -> opened.get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, opened.get().hosts().size());
        assertEquals("test", opened.get().vms().get(0).id());
        String status = WaitForAsyncUtils.asyncFx(() -> form.status.getText()).get();
        assertTrue(status.contains("Imported 1 host") && status.contains("none.sock: cannot connect"), status);
        screenshot("31-import-from-libvirt.png");
    }

    @Test
    void cancelStopsTheImportAndOpensNothing(FxRobot robot) throws Exception {
        AtomicReference<Scenario> opened = new AtomicReference<>();
        LiveClusterDialogs.ImportForm form = WaitForAsyncUtils.asyncFx(() -> new LiveClusterDialogs.ImportForm(opened::set))
                .get();
        show(form.root);
        robot.clickOn("#import-uris").write("test:///default");
        robot.clickOn("#import-start");
        // The running test domain is measured for 2 s: time to cancel.
        robot.clickOn("#import-cancel");
        waitUntil(() -> form.status.getText().startsWith("Cancelled"));
        assertEquals(null, opened.get());
    }

    @Test
    void pushShowsTheChangesAsADiffAndAppliesThemAfterConfirmation(FxRobot robot) throws Exception {
        // A test-driver host of our own (each connection gets a private copy): 4 CPUs, 16 GiB, one running domain.
        Path node = dir.resolve("node.xml");
        Files.writeString(node, "<node><cpu><mhz>2000</mhz><model>i686</model><active>4</active><nodes>1</nodes>"
                + "<sockets>1</sockets><cores>4</cores><threads>1</threads></cpu><memory>16777216</memory>"
                + "<domain type='test'><name>web</name><memory>524288</memory><vcpu>1</vcpu>"
                + "<os><type>hvm</type></os></domain></node>");
        String uri = "test://" + node.toAbsolutePath();
        AtomicReference<Scenario> imported = new AtomicReference<>();
        LiveClusterDialogs.ImportForm importer = WaitForAsyncUtils.asyncFx(
                () -> new LiveClusterDialogs.ImportForm(imported::set)).get();
        WaitForAsyncUtils.asyncFx(() -> {
            importer.uris.setText(uri);
            importer.run();
        }).get();
        waitUntil(() -> imported.get() != null);
        String fresh = "fresh-" + UUID.randomUUID().toString().substring(0, 8);
        List<Vm> vms = new ArrayList<>(imported.get().vms());
        vms.add(new Vm(fresh, fresh, 1, 64.0 * (1 << 20), 0, "h1", Workload.idle(), VmState.SHUT_OFF));
        Scenario design = imported.get().withVms(vms);
        List<String> confirmed = new ArrayList<>();
        LiveClusterDialogs.PushForm form = WaitForAsyncUtils.asyncFx(() -> new LiveClusterDialogs.PushForm(design, plan -> {
            confirmed.add(plan.steps().size() + " steps");
            return true;
        })).get();
        show(form.root);
        WaitForAsyncUtils.asyncFx(() -> form.targets.setText("h1=" + uri)).get();
        robot.clickOn("#push-compare");
        waitUntil(() -> form.plan != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("+ define " + fresh + " on h1"), WaitForAsyncUtils.asyncFx(
                () -> List.copyOf(form.diff.getItems())).get());
        screenshot("32-push-diff.png");

        robot.clickOn("#push-apply");
        waitUntil(() -> form.status.getText().startsWith("Pushed"));
        assertEquals(List.of("1 steps"), confirmed);
        String log = WaitForAsyncUtils.asyncFx(() -> form.log.getText()).get();
        assertTrue(log.contains("step 1/1: define " + fresh + " on h1: done"), log);
        screenshot("33-push-applied.png");
        WaitForAsyncUtils.asyncFx(form::close).get();
        assertNotNull(stage);
    }
}
