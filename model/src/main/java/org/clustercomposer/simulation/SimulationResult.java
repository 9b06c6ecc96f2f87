package org.clustercomposer.simulation;

import java.util.List;

import org.clustercomposer.simulation.fault.Incident;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.output.TimeSeries;

/**
 * What a run produced, up to where it stopped.
 *
 * @param simulatedTime      seconds actually simulated (less than the duration when cancelled)
 * @param stepTimes          start time of each recorded step
 * @param hostSeries         per host: cpu, cpu-demand, memory, network, power
 * @param linkSeries         per link: utilization of its busier direction
 * @param domainSeries       per SSI domain: CPU demand in cores
 * @param clusterPower       watts of the whole cluster at each step
 * @param clusterUtilization served CPU over the capacity of running hosts, at each step
 * @param energy             joules drawn by all hosts
 * @param unservedCoreSeconds demand not served (overload, downtime, losses), in core-seconds
 * @param events             events the engine processed
 * @param wallSeconds        wall-clock seconds the run took
 */
public record SimulationResult(String scenario, String policy, long seed, double duration, double step,
                               double simulatedTime, boolean cancelled, double[] stepTimes,
                               List<TimeSeries> hostSeries, TimeSeries linkSeries, TimeSeries domainSeries,
                               double[] clusterPower, double[] clusterUtilization, int[] hostsOn,
                               List<MigrationRecord> migrations, List<SlaViolation> violations,
                               List<Incident> incidents, double energy, double unservedCoreSeconds,
                               long events, double wallSeconds) {

    public SimulationResult {
        hostSeries = List.copyOf(hostSeries);
        migrations = List.copyOf(migrations);
        violations = List.copyOf(violations);
        incidents = List.copyOf(incidents);
    }

    public long completedMigrations() {
        return migrations.stream().filter(m -> m.outcome().equals("completed")).count();
    }

    /** Mean of the served cluster utilization over the recorded steps. */
    public double meanUtilization() {
        double sum = 0;
        for (double u : clusterUtilization) {
            sum += u;
        }
        return clusterUtilization.length == 0 ? 0 : sum / clusterUtilization.length;
    }

    public TimeSeries hostMetric(String metric) {
        return hostSeries.stream().filter(s -> s.metric().equals(metric)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no host metric " + metric));
    }
}
