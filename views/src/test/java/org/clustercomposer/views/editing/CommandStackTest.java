package org.clustercomposer.views.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.junit.jupiter.api.Test;

class CommandStackTest {

    private static EditCommand rename(String name) {
        return EditCommand.of("Rename to " + name, s -> s.withName(name));
    }

    @Test
    void undoRestoresTheExactPreviousValueAndRedoTheNext() {
        Scenario start = Scenario.empty("a");
        CommandStack stack = new CommandStack(start);
        stack.execute(rename("b"));
        Scenario afterB = stack.current();
        stack.execute(rename("c"));
        assertTrue(stack.undo());
        assertSame(afterB, stack.current());
        assertTrue(stack.undo());
        assertSame(start, stack.current());
        assertFalse(stack.undo());
        assertTrue(stack.redo());
        assertSame(afterB, stack.current());
        assertEquals("Rename to c", stack.redoDescriptionProperty().get());
    }

    @Test
    void isCleanAgainWhenUndoneBackToTheSavedStateAndDirtyWhenEditedAfterward() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        assertFalse(stack.isDirty());
        stack.execute(rename("b"));
        assertTrue(stack.isDirty());
        stack.markSaved();
        assertFalse(stack.isDirty());
        stack.execute(rename("c"));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty(), "back at the saved value");
        stack.undo();
        assertTrue(stack.isDirty(), "before the saved value");
        stack.redo();
        assertFalse(stack.isDirty());
    }

    @Test
    void consecutiveEditsWithTheSameKeyMergeIntoOneUndoStep() {
        Scenario start = Scenario.empty("a");
        CommandStack stack = new CommandStack(start);
        for (String name : new String[] {"b", "c", "d"}) {
            stack.execute(EditCommand.merging("Move", "drag-1", s -> s.withName(name)));
        }
        stack.execute(EditCommand.merging("Move", "drag-2", s -> s.withName("e")));
        assertEquals(2, stack.undoSize());
        stack.undo();
        assertEquals("d", stack.current().name());
        stack.undo();
        assertSame(start, stack.current());
    }

    @Test
    void doesNotMergeIntoTheStepThatWasSaved() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        stack.execute(EditCommand.merging("Move", "drag-1", s -> s.withName("b")));
        stack.markSaved();
        stack.execute(EditCommand.merging("Move", "drag-1", s -> s.withName("c")));
        assertTrue(stack.isDirty());
        stack.undo();
        assertFalse(stack.isDirty());
        assertEquals("b", stack.current().name());
    }

    @Test
    void aRefusedCommandLeavesEverythingAsItWas() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        long revision = stack.revision();
        assertThrows(IllegalArgumentException.class, () -> stack.execute(EditCommand.of("Bad", s -> {
            throw new IllegalArgumentException("no");
        })));
        assertEquals(revision, stack.revision());
        assertEquals(0, stack.undoSize());
        assertFalse(stack.isDirty());
    }

    @Test
    void refusesACommandRunFromInsideAnother() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        assertThrows(IllegalStateException.class, () -> stack.execute(EditCommand.of("Outer", s -> {
            stack.execute(rename("inner"));
            return s;
        })));
    }

    @Test
    void aCommandThatChangesNothingRecordsNoStep() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        assertFalse(stack.execute(EditCommand.of("Nothing", s -> s)));
        assertEquals(0, stack.undoSize());
    }

    @Test
    void dropsTheOldestStepsBeyondTheLimitAndThenStaysDirty() {
        CommandStack stack = new CommandStack(Scenario.empty("a"), 3);
        stack.execute(rename("b"));
        stack.markSaved();
        for (String name : new String[] {"c", "d", "e"}) {
            stack.execute(rename(name));
        }
        assertEquals(3, stack.undoSize());
        while (stack.undo()) {
            assertTrue(stack.isDirty());
        }
        assertEquals("b", stack.current().name());
    }

    @Test
    void revisionGrowsOnEveryChangeIncludingUndo() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        long r0 = stack.revision();
        stack.execute(rename("b"));
        stack.undo();
        stack.redo();
        assertEquals(r0 + 3, stack.revision());
    }

    @Test
    void aRevisionListenerReadsTheScenarioOfThatRevision() {
        CommandStack stack = new CommandStack(Scenario.empty("a"));
        List<String> seen = new ArrayList<>();
        stack.revisionProperty().addListener(o -> seen.add(stack.current().name()));
        stack.execute(rename("b"));
        stack.undo();
        stack.reset(Scenario.empty("c"));
        assertEquals(List.of("b", "a", "c"), seen);
    }
}
