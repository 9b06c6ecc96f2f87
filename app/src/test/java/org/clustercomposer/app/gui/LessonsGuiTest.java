package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;

import javax.imageio.ImageIO;

import org.clustercomposer.lesson.Check;
import org.clustercomposer.lesson.Lesson;
import org.clustercomposer.lesson.LessonProgress;
import org.clustercomposer.lesson.LessonStep;
import org.clustercomposer.lesson.StudentAction;
import org.clustercomposer.samples.Lessons;
import org.clustercomposer.samples.Samples;
import org.clustercomposer.samples.Stacking;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 14 in the real window: every shipped lesson played to its end through the lesson panel
 * (Check fails before the step's action, Show me performs it as a student would, Check passes),
 * presentation mode, a step exported at 2x, and a lesson recorded, saved and played back.
 */
class LessonsGuiTest extends MainWindowTestBase {

    @Start
    void start(Stage stage) {
        showMainWindow(stage);
    }

    private LessonProgress progress() {
        return window.lessons().model().progressProperty().get();
    }

    private String result(FxRobot robot) {
        return robot.lookup("#lesson-result").queryAs(Label.class).getText();
    }

    @Test
    void everyShippedLessonPlaysToItsEndThroughThePanel(FxRobot robot) {
        assertTrue(Lessons.all().size() >= 7);
        for (Lesson lesson : Lessons.all()) {
            robot.interact(() -> window.lessons().show(lesson));
            play(robot, lesson);
        }
    }

    private void play(FxRobot robot, Lesson lesson) {
        assertEquals(lesson.scenario(), window.editor().scenario(), "the lesson opens on its design");
        for (int i = 0; i < lesson.steps().size(); i++) {
            LessonStep step = lesson.steps().get(i);
            String where = lesson.id() + " step " + (i + 1);
            assertEquals(i, progress().index(), where);
            assertEquals(Set.copyOf(step.highlight()), window.canvasModel().highlightProperty().get(), where + ": highlighted");
            boolean asks = !(step.action() instanceof StudentAction.Read)
                    && !(step.action() instanceof StudentAction.OpenMigrationAnimation);
            if (asks) {
                robot.clickOn("#lesson-check");
                assertFalse(progress().passed(i), where + " passed before its action: " + result(robot));
                assertTrue(result(robot).startsWith("✗"), where + ": " + result(robot));
                assertTrue(robot.lookup("#lesson-next").queryButton().isDisabled(), where + ": Next waits for the check");
            }
            robot.clickOn("#lesson-show-me");
            if (step.action() instanceof StudentAction.RunSimulation) {
                waitForRun();
            }
            WaitForAsyncUtils.waitForFxEvents();
            closeDialogs(robot); // Migrate to… is modal: read, closed, then Check
            robot.clickOn("#lesson-check");
            assertTrue(progress().passed(i), where + ": " + result(robot));
            assertTrue(result(robot).startsWith("✓"), where + ": " + result(robot));
            if (step.action() instanceof StudentAction.OpenMigrationAnimation) {
                // Show me opened the animation's window (closeDialogs has closed it again since).
                assertNotNull(window.migrationWatch().view(), where + ": Show me opens the migration animation");
            }
            closeDialogs(robot);
            if (i + 1 < lesson.steps().size()) {
                robot.clickOn("#lesson-next");
            }
        }
        assertTrue(progress().finished(), lesson.id() + " finished");
    }

    private void waitForRun() {
        try {
            WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> window.simulation().lastRun() != null
                    && window.simulation().lastRun().scenario().sameExceptLayout(window.editor().scenario()));
        } catch (TimeoutException e) {
            throw new AssertionError("the simulation did not finish", e);
        }
    }

    private void closeDialogs(FxRobot robot) {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w != window.root().getScene().getWindow())
                .toList().forEach(Window::hide));
    }

    @Test
    void aTypedAnswerIsCheckedAgainstTheEnginesNumberWithinItsTolerance(FxRobot robot) {
        Lesson lesson = Lessons.byId("pre-copy-rounds").orElseThrow();
        robot.interact(() -> window.lessons().show(lesson));
        robot.clickOn("#lesson-check").clickOn("#lesson-next").clickOn("#lesson-check").clickOn("#lesson-show-me");
        robot.clickOn("#lesson-check").clickOn("#lesson-next");
        assertEquals(2, progress().index(), "the downtime question");
        Check.Answer downtime = (Check.Answer) lesson.steps().get(2).check();
        double ms = Double.parseDouble(downtime.typedAnswer(window.editor().scenario()).replace(" ms", ""));
        robot.clickOn("#lesson-answer").write(String.format(Locale.ROOT, "%.0f", ms * 1.3));
        robot.clickOn("#lesson-check");
        assertFalse(progress().passed(2), result(robot));
        assertTrue(result(robot).startsWith("✗ Not quite"), result(robot));
        robot.interact(() -> window.lessons().model().answerProperty().set(""));
        robot.clickOn("#lesson-answer").write(String.format(Locale.ROOT, "%.3f s", ms * 1.04 / 1000));
        robot.clickOn("#lesson-check");
        assertTrue(progress().passed(2), "within 10 %, in seconds: " + result(robot));
    }

    @Test
    void presentationModeHidesThePanelsScalesAndComesBackOnEscape(FxRobot robot) {
        robot.interact(() -> window.lessons().show(Lessons.byId("ssi-over-vms").orElseThrow()));
        Scene scene = window.root().getScene();
        robot.interact(() -> window.presentation().percentProperty().set(150));
        robot.interact(() -> window.presentation().enter());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.presentation().onProperty().get());
        for (var side : window.sidePanels()) {
            assertFalse(side.isVisible(), "side panels hidden");
        }
        assertTrue(robot.lookup("#lesson-panel").query().isVisible(), "the lesson stays");
        assertSame(CanvasTheme.HIGH_CONTRAST, window.canvasModel().themeProperty().get());
        assertEquals(1.5, window.canvasModel().strokeScaleProperty().get());
        assertTrue(window.root().getStyle().contains("21.0px"), window.root().getStyle());
        robot.moveTo(window.canvas().canvas());
        assertTrue(window.presentation().pointer().isVisible(), "the pointer ring follows the mouse");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentation().onProperty().get());
        assertSame(window.root(), scene.getRoot(), "the window is the scene's root again");
        for (var side : window.sidePanels()) {
            assertTrue(side.isVisible(), "side panels back");
        }
        assertSame(CanvasTheme.LIGHT, window.canvasModel().themeProperty().get());
        assertEquals("", window.root().getStyle());
    }

    @Test
    void theFirstStepOfEachLessonInPresentationMode(FxRobot robot) {
        robot.interact(() -> window.presentation().enter());
        for (Lesson lesson : Lessons.all()) {
            robot.interact(() -> window.lessons().show(lesson));
            WaitForAsyncUtils.waitForFxEvents();
            robot.moveTo(window.canvas().canvas());
            WaitForAsyncUtils.waitForFxEvents();
            shoot(robot, "lesson-" + lesson.id() + "-presentation.png");
        }
        robot.interact(() -> window.presentation().exit());
    }

    @Test
    void aStepExportsAtTwiceTheWindowsPixels(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> window.lessons().show(Lessons.byId("pre-copy-rounds").orElseThrow()));
        Path png = dir.resolve("step.png");
        robot.interact(() -> {
            try {
                window.lessons().exportStep(png);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        BufferedImage image = ImageIO.read(png.toFile());
        Scene scene = window.root().getScene();
        assertEquals(Math.round(scene.getWidth() * 2), image.getWidth(), 1);
        assertEquals(Math.round(scene.getHeight() * 2), image.getHeight(), 1);
        Files.createDirectories(Path.of("target", "screenshots"));
        Files.copy(png, Path.of("target", "screenshots").resolve("lesson-step-2x.png"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void aRecordedLessonSavesAndOpensForAStudent(FxRobot robot, @TempDir Path dir) {
        robot.interact(() -> window.documents().openSample(Samples.of(Stacking.SSI_OVER_VMS).orElseThrow().load()));
        robot.interact(() -> window.lessons().record());
        assertTrue(robot.lookup("#lesson-recorder").query().isVisible());
        robot.clickOn("#record-title").write("My migration lesson");
        // The teacher does the step's action, selects what it is about, then picks the check that now holds.
        robot.interact(() -> {
            window.canvasModel().migrate("vm3", "h2");
            window.editor().selection().select("vm3");
        });
        robot.clickOn("#record-text").write("Move a-node-3 to xen-2.");
        robot.interact(() -> {
            var choice = window.lessons().recorderView().checkChoice();
            window.lessons().recorderView().refreshChecks();
            choice.setValue(choice.getItems().stream().filter(c -> c.equals(new Check.VmOn("vm3", "h2"))).findFirst()
                    .orElseThrow());
        });
        robot.clickOn("#record-add");
        Lesson recorded = window.lessons().recorderView().lesson();
        assertNotNull(recorded);
        assertEquals(1, recorded.steps().size());
        assertEquals(List.of("vm3"), recorded.steps().get(0).highlight());
        assertEquals("h3", recorded.scenario().vm("vm3").orElseThrow().placedOn(), "starts from the design before");
        Path file = dir.resolve("my.lesson.json");
        robot.interact(() -> window.lessons().save(recorded, file));
        assertTrue(Files.exists(file));

        robot.interact(() -> {
            window.documents().openSample(window.editor().scenario()); // nothing unsaved to ask about
            window.lessons().openFile(file);
        });
        assertEquals("h3", window.editor().scenario().vm("vm3").orElseThrow().placedOn(), "the student starts before the move");
        assertEquals("My migration lesson", progress().lesson().title());
        play(robot, progress().lesson());
    }

    private void shoot(FxRobot robot, String name) {
        robot.interact(() -> {
            Scene scene = window.root().getScene();
            writeScreenshot(SwingFXUtils.fromFXImage(scene.getRoot().snapshot(null, null), null), name);
        });
    }
}
