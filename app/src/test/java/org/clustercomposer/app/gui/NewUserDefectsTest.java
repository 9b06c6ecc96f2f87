package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Accordion;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.FileChooser;
import javafx.stage.Stage;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;
import org.clustercomposer.views.problems.ProblemItem;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The defects found when the editor was tried as a new user would (issue 10, item 8): one test each. */
class NewUserDefectsTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    private Point2D centreOf(String id) {
        Rect r = window.canvasModel().geometry().boundsOf(id).orElseThrow();
        Viewport v = window.canvasModel().viewportProperty().get();
        return window.canvas().canvas().localToScreen(v.toScreenX(r.centerX()), v.toScreenY(r.y() + 14));
    }

    /** h1 (16 cores) gets 20 busy vCPUs but only 40 GiB of its 64 GiB: CPU over, memory not. */
    static Scenario cpuOnlyOverload() {
        Scenario s = Designs.stacked(false);
        List<Vm> vms = new ArrayList<>(s.vms());
        for (int i = 0; i < 3; i++) {
            vms.add(new Vm("busy" + i, "busy-" + i, 4, 8 * Designs.GIB, 0, "h1", new Workload(1, 0, 0, 0, null)));
        }
        vms.replaceAll(v -> "h1".equals(v.placedOn()) ? new Vm(v.id(), v.name(), 4, 8 * Designs.GIB, 0, "h1",
                new Workload(1, 0, 0, 0, null)) : v);
        return s.withVms(vms);
    }

    @Test
    void aCpuOnlyOverloadShowsInProblemsAndAClickSelectsTheHost(FxRobot robot) throws Exception {
        openUnsaved(robot, cpuOnlyOverload());
        ListView<?> list = robot.lookup("#problems-list").queryAs(ListView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(p -> "h1".equals(((ProblemItem) p).elementId())));
        WaitForAsyncUtils.waitForFxEvents();
        Label status = robot.lookup("#status-prediction").queryAs(Label.class);
        assertTrue(status.getText().contains("overloaded"), status.getText());
        int row = 0;
        for (int i = 0; i < list.getItems().size(); i++) {
            if ("h1".equals(((ProblemItem) list.getItems().get(i)).elementId())) {
                row = i;
            }
        }
        ProblemItem h1 = (ProblemItem) list.getItems().get(row);
        assertTrue(h1.isWarning());
        assertTrue(h1.message().startsWith("overloaded: CPU at "), h1.message());
        assertEquals("host node-1", h1.path());
        assertTrue(robot.lookup("#problems-title").queryAs(Label.class).getText().contains("overload"));
        robot.clickOn(robot.lookup("#problems-list .list-cell").nth(row).queryAs(Node.class));
        assertEquals("h1", window.editor().selection().single());
    }

    @Test
    void draggingAHostDoesNotPredictAgainOnEveryMove(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.stacked(true));
        Label status = robot.lookup("#status-prediction").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> status.getText().startsWith("Predicted"));
        List<String> shown = new ArrayList<>();
        robot.interact(() -> status.textProperty().addListener((o, was, now) -> shown.add(now)));
        long revision = window.editor().stack().revision();
        robot.drag(centreOf("h2"), MouseButton.PRIMARY).moveBy(20, 0).moveBy(20, 10).moveBy(20, 0)
                .drop();
        assertTrue(window.editor().stack().revision() > revision, "the host moved");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(), shown, "a move changes no load: nothing is predicted again");
    }

    @Test
    void theStatusBarCountsOneHostInTheSingular(FxRobot robot) {
        robot.interact(() -> window.editor().addNode(ElementKind.HOST, new Position(0, 0)));
        String totals = robot.lookup("#status-totals").queryAs(Label.class).getText();
        assertTrue(totals.startsWith("1 host · 0 switches · 0 VMs"), totals);
    }

    @Test
    void onA1024PixelWindowThePredictionAndTheMethodAreReadInFullAndTheTotalsHaveATooltip(FxRobot robot)
            throws Exception {
        robot.interact(() -> robot.window(0).setWidth(1024));
        openUnsaved(robot, new ScenarioGenerator().generate(new GeneratorParameters(1000, 10_000, 100, 42)));
        Label prediction = robot.lookup("#status-prediction").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> prediction.getText().startsWith("Predicted"));
        WaitForAsyncUtils.waitForFxEvents();
        // a cut label draws its text with an ellipsis: its width is below what the whole text needs
        assertTrue(prediction.getWidth() >= prediction.prefWidth(-1) - 0.5,
                prediction.getWidth() + " px for " + prediction.prefWidth(-1) + " px of \"" + prediction.getText() + "\"");
        Node method = robot.lookup("#migration-method").query();
        assertTrue(method.getLayoutBounds().getWidth() >= method.prefWidth(-1) - 0.5, "the method chooser is cut");
        Label totals = robot.lookup("#status-totals").queryAs(Label.class);
        assertEquals(totals.getText(), totals.getTooltip().getText());
        assertTrue(totals.getText().startsWith("1000 hosts"), totals.getText());
    }

    @Test
    void anEditUnderWorkloadKeepsTheWorkloadSectionOpen(FxRobot robot) throws Exception {
        openUnsaved(robot, Designs.stacked(false));
        robot.clickOn(centreOf("vm1"));
        assertEquals("vm1", window.editor().selection().single());
        Accordion sections = robot.lookup("#properties .accordion").queryAs(Accordion.class);
        TitledPane workload = sections.getPanes().stream().filter(p -> p.getText().equals("Workload")).findFirst()
                .orElseThrow();
        robot.clickOn(workload.lookup(".title"));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> workload.isExpanded() && workload.getHeight() > 80);
        WaitForAsyncUtils.sleep(400, TimeUnit.MILLISECONDS);
        TextField cpu = robot.lookup((Node n) -> "property-workload.cpuUtilization".equals(n.getId())).queryAs(TextField.class);
        robot.doubleClickOn(cpu).push(KeyCode.CONTROL, KeyCode.A).write("0.7").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.7, window.editor().scenario().vm("vm1").orElseThrow().workload().cpuUtilization(), 1e-12);
        Accordion after = robot.lookup("#properties .accordion").queryAs(Accordion.class);
        assertEquals("Workload", after.getExpandedPane().getText());
    }

    @Test
    void aRefusedValueLeavesTheFieldsWhereTheyWere(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        robot.clickOn(centreOf("h2"));
        TextField cores = robot.lookup("#property-cores").queryAs(TextField.class);
        double before = cores.localToScene(0, 0).getY();
        TextField memory = robot.lookup("#property-memory").queryAs(TextField.class);
        robot.doubleClickOn(memory).push(KeyCode.CONTROL, KeyCode.A).write("lots").push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#properties-error").queryAs(Label.class).isVisible(), "the refusal shows");
        TextField coresAfter = robot.lookup("#property-cores").queryAs(TextField.class);
        assertEquals(before, coresAfter.localToScene(0, 0).getY(), 0.5, "the banner must not push the form down");
    }

    @Test
    void thePropertySheetNamesElementsAsTheCanvasDoes(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        robot.clickOn(centreOf("vm1"));
        assertEquals("VM web-1", robot.lookup("#properties-headline").queryAs(Label.class).getText());
        assertEquals("node-1", robot.lookup("#property-placedOn").queryAs(TextField.class).getText());
        assertEquals("Selected: web-1", robot.lookup("#status-selection").queryAs(Label.class).getText());
    }

    @Test
    void theQuestionBeforeLosingWorkNamesTheOpenFile(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false).withName(""));
        Path file = home.resolve("design.json");
        robot.interact(() -> assertTrue(window.documents().saveTo(file)));
        robot.interact(() -> window.editor().addNode(ElementKind.HOST, new Position(900, 0)));
        assertEquals("Save changes to design.json?", window.documents().discardQuestion());
    }

    @Test
    void statusMessagesAboutTheLastFileGoWhenAnotherIsOpened(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        robot.interact(() -> window.canvasModel().messageProperty().set("Exported design.svg"));
        openUnsaved(robot, Designs.stacked(true));
        assertEquals("", robot.lookup("#status-message").queryAs(Label.class).getText());
    }

    @Test
    void theMinimapChoiceSurvivesOpeningAFile(FxRobot robot) {
        openUnsaved(robot, Designs.stacked(false));
        assertFalse(window.canvas().minimap().isVisible(), "small designs start without a minimap");
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        CheckMenuItem minimap = (CheckMenuItem) bar.getMenus().stream().filter(m -> "menu-view".equals(m.getId()))
                .findFirst().orElseThrow().getItems().stream().filter(i -> "Minimap".equals(i.getText())).findFirst()
                .orElseThrow();
        robot.interact(() -> {
            minimap.setSelected(true);
            minimap.fire();
        });
        assertTrue(window.canvas().minimap().isVisible());
        openUnsaved(robot, Designs.stacked(true));
        assertTrue(window.canvas().minimap().isVisible(), "the user's choice stays");
        assertTrue(minimap.isSelected());
    }

    @Test
    void theExportDialogProposesTheDocumentsName(FxRobot robot) {
        Path file = home.resolve("rack-plan.json");
        openUnsaved(robot, Designs.stacked(false));
        robot.interact(() -> assertTrue(window.documents().saveTo(file)));
        DrawingExport export = new DrawingExport(window);
        FileChooser png = export.chooser("Export PNG", "png", new FileChooser.ExtensionFilter("PNG image", "*.png"));
        assertEquals("rack-plan.png", png.getInitialFileName());
    }
}
