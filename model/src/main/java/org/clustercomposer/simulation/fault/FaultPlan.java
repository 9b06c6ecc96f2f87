package org.clustercomposer.simulation.fault;

import java.util.List;

/**
 * The failures and maintenance of a run: some at given times, others drawn at random from each
 * element's mean time between failures (exponential inter-failure times, seeded per element).
 *
 * @param hostMtbf   mean seconds between failures of each host; infinity for none
 * @param linkMtbf   the same for links
 * @param switchMtbf the same for switches
 * @param mttr       mean seconds to repair a randomly failed element (exponential)
 */
public record FaultPlan(List<FaultSpec> scheduled, List<MaintenanceSpec> maintenance, double hostMtbf,
                        double linkMtbf, double switchMtbf, double mttr) {

    public FaultPlan {
        scheduled = List.copyOf(scheduled);
        maintenance = List.copyOf(maintenance);
        for (double v : new double[] {hostMtbf, linkMtbf, switchMtbf, mttr}) {
            if (!(v > 0)) {
                throw new IllegalArgumentException("MTBF and MTTR must be > 0 (infinity for never): " + v);
            }
        }
    }

    public static FaultPlan none() {
        return new FaultPlan(List.of(), List.of(), Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                Double.POSITIVE_INFINITY, 3600);
    }

    public FaultPlan withScheduled(List<FaultSpec> faults) {
        return new FaultPlan(faults, maintenance, hostMtbf, linkMtbf, switchMtbf, mttr);
    }

    public FaultPlan withMaintenance(List<MaintenanceSpec> plans) {
        return new FaultPlan(scheduled, plans, hostMtbf, linkMtbf, switchMtbf, mttr);
    }

    public FaultPlan withHostMtbf(double mtbf, double meanRepair) {
        return new FaultPlan(scheduled, maintenance, mtbf, linkMtbf, switchMtbf, meanRepair);
    }

    public FaultPlan withLinkMtbf(double mtbf) {
        return new FaultPlan(scheduled, maintenance, hostMtbf, mtbf, switchMtbf, mttr);
    }

    public FaultPlan withSwitchMtbf(double mtbf) {
        return new FaultPlan(scheduled, maintenance, hostMtbf, linkMtbf, mtbf, mttr);
    }
}
