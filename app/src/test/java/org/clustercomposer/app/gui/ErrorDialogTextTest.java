package org.clustercomposer.app.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ErrorDialogTextTest {

    @Test
    void showsEveryProblemWhenThereAreFew() {
        assertEquals("a\nb", DocumentController.firstLines(List.of("a", "b"), 12));
    }

    @Test
    void showsTheFirstProblemsAndCountsTheRest() {
        List<String> lines = IntStream.range(0, 500).mapToObj(i -> "/vms/" + i + "/memory: must be positive").toList();
        String text = DocumentController.firstLines(lines, 12);
        assertEquals(13, text.lines().count());
        assertEquals("... and 488 more (Show Details)", text.lines().reduce((a, b) -> b).orElseThrow());
    }
}
