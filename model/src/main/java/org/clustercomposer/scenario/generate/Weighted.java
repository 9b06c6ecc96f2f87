package org.clustercomposer.scenario.generate;

import java.util.Random;
import java.util.function.ToIntFunction;

/** Draws one of several choices with given weights (percentages summing to 100). */
final class Weighted {

    private Weighted() {
    }

    static <T> T draw(T[] choices, ToIntFunction<T> weight, Random random) {
        int r = random.nextInt(100);
        for (T choice : choices) {
            r -= weight.applyAsInt(choice);
            if (r < 0) {
                return choice;
            }
        }
        return choices[0];
    }
}
