package org.clustercomposer.views.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.views.migration.MigrationFrame.Phase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The frames of a watched move: the engine's bytes per pass, a seeded picture of which pages, steps that restore. */
class MigrationScriptTest {

    private static final double GIB = 1L << 30;
    private static final double MIB = 1 << 20;

    private static WatchedMove preCopy(double memory, double dirty, double hot, double bandwidth, double nonZero) {
        MigrationRequest r = new MigrationRequest(memory, dirty, hot, bandwidth, 0.3, 30, 0, true, nonZero);
        MigrationCost c = MigrationMethod.PRE_COPY.model().cost(r);
        return new WatchedMove(WatchedMove.Kind.PRE_COPY, "vm", "a", "b", r, c, "pre-copy", null, 0, 0, null);
    }

    @ParameterizedTest(name = "{0} GiB, {1} MiB/s over {2} MiB, {3} Gbit/s, {4} GiB non-zero")
    @CsvSource({"8, 50, 512, 10, 8", "4, 80, 256, 1, 4", "4, 0, 0, 1, 4", "8, 50, 512, 1, 2", "16, 200, 1024, 10, 16"})
    void eachPassSendsTheEnginesBytesWorthOfCellsAndDirtiesOnlyHotCells(double mem, double dirty, double hot, double gbit,
                                                                        double nonZero) {
        WatchedMove move = preCopy(mem * GIB, dirty * MIB, hot * MIB, gbit * 1e9 / 8, nonZero * GIB);
        MigrationScript script = MigrationScript.of(move);
        List<Double> rounds = move.cost().roundBytes();
        assertEquals(rounds.size(), script.passes().size());
        PageGrid g = script.grid();
        assertTrue(g.cells() <= PageGrid.MAX_CELLS && g.cells() > PageGrid.MAX_CELLS / 2, "cells: " + g.cells());
        for (int i = 0; i < rounds.size(); i++) {
            MigrationScript.Pass p = script.passes().get(i);
            assertEquals(rounds.get(i), p.bytes(), 0, "the engine's bytes, as they are");
            if (nonZero == mem) {
                assertEquals(p.bytes() / g.cellBytes(), p.cells(), 1.0, "cells of " + p);
            }
        }
        for (MigrationFrame f : script.frames()) {
            for (int c = 0; c < g.cells(); c++) {
                if (f.state(c) == PageState.DIRTY) {
                    assertTrue(g.hotCells().contains(c), "dirtied outside the hot set: " + c);
                }
            }
        }
        MigrationFrame end = script.frames().get(script.frames().size() - 1);
        assertEquals(Phase.DONE, end.phase());
        assertEquals(0, end.count(PageState.NOT_SENT) + end.count(PageState.DIRTY) + end.count(PageState.ZERO),
                "all memory on the destination at the end");
    }

    @Test
    void theSameMoveAndSeedGiveTheSameFramesAndAnotherSeedOnlyOtherPages() {
        WatchedMove move = preCopy(8 * GIB, 50 * MIB, 512 * MIB, 1e9 / 8, 8 * GIB);
        MigrationScript a = MigrationScript.of(move, 7);
        MigrationScript b = MigrationScript.of(move, 7);
        MigrationScript other = MigrationScript.of(move, 8);
        assertEquals(a.frames().size(), b.frames().size());
        for (int i = 0; i < a.frames().size(); i++) {
            assertArrayEquals(a.frames().get(i).cells(), b.frames().get(i).cells(), "frame " + i);
        }
        assertEquals(a.passes(), other.passes(), "the counts are the engine's whatever the seed");
        assertFalse(a.grid().hotCells().equals(other.grid().hotCells()), "the seed picks which pages are hot");
    }

    @Test
    void stepsStopAtBothEndsAndAStepBackRestoresTheFrame() {
        MigrationAnimationModel model = new MigrationAnimationModel(MigrationScript.of(
                preCopy(4 * GIB, 80 * MIB, 256 * MIB, 1e9 / 8, 4 * GIB)));
        assertFalse(model.stepBack(), "nothing before the first frame");
        model.frameProperty().set(model.firstFrameOf(Phase.LIVE_COPY, 1));
        byte[] before = model.current().cells().clone();
        assertTrue(model.stepForward());
        assertFalse(Arrays.equals(before, model.current().cells()));
        assertTrue(model.stepBack());
        assertArrayEquals(before, model.current().cells());
        model.toEnd();
        model.playingProperty().set(true);
        assertFalse(model.stepForward(), "nothing after the last frame");
        assertFalse(model.playingProperty().get(), "playing stops at the end");
        model.frameProperty().set(10_000);
        assertEquals(model.lastIndex(), model.frameProperty().get(), "clamped");
        model.speedProperty().set(2);
        assertEquals(MigrationAnimationModel.BASE_FRAME_SECONDS / 2, model.frameSeconds(), 1e-12);
    }

    @Test
    void zeroPagesAreDrawnAfterTheDataAndNeverDirtied() {
        MigrationScript script = MigrationScript.of(preCopy(8 * GIB, 50 * MIB, 512 * MIB, 1e9 / 8, 2 * GIB));
        PageGrid g = script.grid();
        assertEquals(g.cells() / 4, g.dataCells(), "a quarter holds data");
        assertEquals(g.cells() - g.dataCells(), script.frames().get(0).count(PageState.ZERO));
        assertTrue(g.hotCells().stream().allMatch(c -> c < g.dataCells()));
    }

    @Test
    void aScriptNeedsFrames() {
        assertThrows(IllegalArgumentException.class, () -> new MigrationAnimationModel(null));
    }
}
