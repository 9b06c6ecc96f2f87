package org.clustercomposer.views.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MoveCostLabelTest {

    @Test
    void wrapsAtSpacesButNeverBetweenANumberAndItsUnit() {
        String line = "each frozen 38.1 ms · 19.1 MiB sent, at 9.95 Gbit/s via node-4 → rack-2 ToR → node-5";
        for (double width = 120; width <= 400; width += 7) {
            List<String> wrapped = MoveCostLabel.wrapped(List.of("title", line), width);
            assertEquals(line, String.join(" ", wrapped.subList(1, wrapped.size())), "nothing lost at " + width);
            for (String l : wrapped) {
                assertTrue(!l.matches("(.*\\s)?[\\d.,]+"), "a line ends in a number without its unit: " + l);
            }
        }
    }
}
