package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

import org.clustercomposer.analysis.migration.TransportProfile.Parameter;

/**
 * Fits a {@link TransportProfile} from measured migrations (decision 0221). Closed forms, one parameter at a
 * time, each with its standard error (standard deviation / sqrt(runs)); a parameter no run informs keeps the
 * base profile's value with uncertainty 0, and {@link Result#notFitted} names it.
 * <ul>
 *   <li>ceiling: runs with nothing dirtied and no binding cap: whole-page bytes / (total - zero pages x scan);</li>
 *   <li>switchover: runs that sent under 1 MiB while paused: their downtime;</li>
 *   <li>stop-copy rate: runs that sent at least 4 MiB while paused: downtime bytes / (downtime - switchover).</li>
 * </ul>
 */
public final class Calibration {

    /** The fitted profile, how many runs informed each parameter, and the parameters left at the base's value. */
    public record Result(TransportProfile profile, int ceilingRuns, int switchoverRuns, int stopCopyRuns,
                         List<String> notFitted) {
    }

    private static final double MIB = 1 << 20;

    private Calibration() {
    }

    public static Result fit(String name, List<MeasuredMigration> runs, TransportProfile base) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no measured runs to calibrate on");
        }
        double zeroSec = base.zeroPageSeconds().value();
        List<String> notFitted = new ArrayList<>(List.of("zero-page scan", "dirty-log sync"));
        List<Double> ceilings = new ArrayList<>();
        for (MeasuredMigration m : runs) {
            double cap = m.settings().maxBandwidthOrDefault();
            double busy = m.totalSeconds() - m.zeroPages() * zeroSec;
            if (m.request().dirtyRate() == 0 && busy > 0 && m.normalBytes() > 0) {
                double rate = m.normalBytes() / busy;
                if (rate < 0.75 * cap) { // well below the cap: the sender, not the cap, set the pace
                    ceilings.add(rate);
                }
            }
        }
        Parameter ceiling = estimate(ceilings, base.ceiling(), "ceiling", notFitted);
        List<Double> switchovers = values(runs, m -> m.downtimeBytes() < MIB ? m.downtimeSeconds() : Double.NaN);
        Parameter switchover = estimate(switchovers, base.switchoverSeconds(), "switchover", notFitted);
        List<Double> stopRates = values(runs, m -> m.downtimeBytes() >= 4 * MIB
                && m.downtimeSeconds() > switchover.value() ? m.downtimeBytes() / (m.downtimeSeconds()
                - switchover.value()) : Double.NaN);
        Parameter stopCopy = estimate(stopRates, base.stopCopyRate(), "stop-copy rate", notFitted);
        TransportProfile profile = new TransportProfile(name, ceiling, base.zeroPageSeconds(), stopCopy, switchover,
                base.syncSecondsPerGiB(), base.multifdParallel(), base.xbzrleEncodedFraction());
        return new Result(profile, ceilings.size(), switchovers.size(), stopRates.size(), List.copyOf(notFitted));
    }

    private static List<Double> values(List<MeasuredMigration> runs, ToDoubleFunction<MeasuredMigration> f) {
        List<Double> out = new ArrayList<>();
        for (MeasuredMigration m : runs) {
            double v = f.applyAsDouble(m);
            if (Double.isFinite(v)) {
                out.add(v);
            }
        }
        return out;
    }

    private static Parameter estimate(List<Double> values, Parameter base, String name, List<String> notFitted) {
        if (values.isEmpty()) {
            notFitted.add(name);
            return base;
        }
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = 0;
        for (double v : values) {
            var += (v - mean) * (v - mean);
        }
        double se = values.size() > 1 ? Math.sqrt(var / (values.size() - 1) / values.size()) : mean;
        return new Parameter(mean, se);
    }
}
