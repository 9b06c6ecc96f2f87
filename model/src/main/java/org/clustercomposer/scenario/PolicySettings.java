package org.clustercomposer.scenario;

/**
 * How the scenario's author wants the threshold policies held back when it is simulated (the file's
 * optional {@code policy} object, decision 0330). Every field may be left out (null): the run's
 * default then applies, and a command-line option overrides what is set here.
 *
 * @param triggerSteps         consecutive steps beyond a threshold before a host triggers (at least 1)
 * @param coolDown             seconds a VM a policy moved is not moved again (0: none)
 * @param margin               utilization band under the upper threshold that moves must reach (0 to below 1)
 * @param maxMigrationsPerHost a policy's migrations at once per host (0: no limit)
 * @param maxMigrationsPerLink a policy's migrations at once per link direction (0: no limit)
 */
public record PolicySettings(Integer triggerSteps, Double coolDown, Double margin, Integer maxMigrationsPerHost,
                             Integer maxMigrationsPerLink) {

    /** Nothing set: every run default applies. */
    public static PolicySettings none() {
        return new PolicySettings(null, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(none());
    }
}
