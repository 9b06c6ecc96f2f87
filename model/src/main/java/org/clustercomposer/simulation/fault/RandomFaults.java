package org.clustercomposer.simulation.fault;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.workload.SplitMixGenerator;

/**
 * Draws failures from each element's MTBF: exponential times to failure and to repair, one seeded
 * generator per element, so adding a host does not change when the others fail.
 */
public final class RandomFaults {

    private static final long HOST_STREAM = 101;
    private static final long LINK_STREAM = 102;
    private static final long SWITCH_STREAM = 103;

    private RandomFaults() {
    }

    /** The plan's scheduled faults plus random ones before {@code duration}, in time order. */
    public static List<FaultSpec> draw(FaultPlan plan, Scenario scenario, double duration, long seed) {
        List<FaultSpec> all = new ArrayList<>(plan.scheduled());
        for (int i = 0; i < scenario.hosts().size(); i++) {
            drawFor(all, FaultTarget.HOST, scenario.hosts().get(i).id(), plan.hostMtbf(), plan.mttr(), duration,
                    SplitMixGenerator.derive(seed, HOST_STREAM, i));
        }
        for (int i = 0; i < scenario.links().size(); i++) {
            drawFor(all, FaultTarget.LINK, scenario.links().get(i).id(), plan.linkMtbf(), plan.mttr(), duration,
                    SplitMixGenerator.derive(seed, LINK_STREAM, i));
        }
        for (int i = 0; i < scenario.switches().size(); i++) {
            drawFor(all, FaultTarget.SWITCH, scenario.switches().get(i).id(), plan.switchMtbf(), plan.mttr(),
                    duration, SplitMixGenerator.derive(seed, SWITCH_STREAM, i));
        }
        all.sort(Comparator.comparingDouble(FaultSpec::time));
        return all;
    }

    private static void drawFor(List<FaultSpec> out, FaultTarget target, String id, double mtbf, double mttr,
                                double duration, long seed) {
        if (Double.isInfinite(mtbf)) {
            return;
        }
        SplitMixGenerator rng = new SplitMixGenerator(seed);
        ExponentialDistribution up = new ExponentialDistribution(rng, mtbf);
        ExponentialDistribution down = new ExponentialDistribution(rng, mttr);
        double t = up.sample();
        while (t < duration) {
            double repair = Math.max(1e-3, down.sample());
            out.add(new FaultSpec(target, id, t, repair));
            t += repair + up.sample();
        }
    }
}
