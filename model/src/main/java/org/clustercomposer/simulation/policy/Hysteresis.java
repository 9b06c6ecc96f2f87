package org.clustercomposer.simulation.policy;

/**
 * What keeps the threshold policies from moving VMs back and forth when loads wander around a
 * threshold (decision 0330).
 *
 * <ul>
 * <li>{@code triggerSteps}: a host counts as overloaded (above the upper threshold) or underloaded
 * (below the lower one) only after that many consecutive steps on that side; 1 acts at once.</li>
 * <li>{@code coolDown}: seconds after a policy moved a VM during which no policy moves it again.</li>
 * <li>{@code margin}: the band under the upper threshold a move must reach: an overloaded host sheds
 * VMs until it is at most {@code upper - margin}, and no target is filled above
 * {@code upper - margin}, so every move lowers its VM's host utilization by more than the margin
 * and a target is not pushed to the edge of overload by the move.</li>
 * </ul>
 *
 * <p>{@link #none()} is the plain static-threshold algorithm (Beloglazov and Buyya, as CloudSim
 * ships it), which acts on every crossing.
 *
 * @param triggerSteps consecutive steps beyond a threshold before a host triggers (at least 1)
 * @param coolDown     seconds a VM a policy moved stays where it went (0: none)
 * @param margin       utilization band under the upper threshold (0: none)
 */
public record Hysteresis(int triggerSteps, double coolDown, double margin) {

    /** Three 5-minute steps: 15 min, beside OpenStack Watcher's 10-12 min averaging periods. */
    public static final int DEFAULT_TRIGGER_STEPS = 3;
    /** One hour: twelve 5-minute steps, four trigger windows. */
    public static final double DEFAULT_COOL_DOWN = 3600;
    /** 10 % of a host: over twice a generated host's step-to-step noise (decision 0330). */
    public static final double DEFAULT_MARGIN = 0.1;

    public Hysteresis {
        if (triggerSteps < 1) {
            throw new IllegalArgumentException("trigger steps must be at least 1 (1: act at once): " + triggerSteps);
        }
        if (!(coolDown >= 0) || Double.isInfinite(coolDown)) {
            throw new IllegalArgumentException("cool-down must be >= 0 and finite (0: none): " + coolDown);
        }
        if (!(margin >= 0 && margin < 1)) {
            throw new IllegalArgumentException("margin must be at least 0 and below 1 (0: none): " + margin);
        }
    }

    /** Acts on every crossing, moves a VM again at once, fills targets to the threshold. */
    public static Hysteresis none() {
        return new Hysteresis(1, 0, 0);
    }

    /** Three steps, one hour, 10 %. */
    public static Hysteresis defaults() {
        return new Hysteresis(DEFAULT_TRIGGER_STEPS, DEFAULT_COOL_DOWN, DEFAULT_MARGIN);
    }

    /** The highest utilization a move may leave its source or target at, under {@code upper}. */
    double ceiling(double upper) {
        return Math.max(0, upper - margin);
    }
}
