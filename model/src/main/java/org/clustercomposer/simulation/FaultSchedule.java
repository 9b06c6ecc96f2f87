package org.clustercomposer.simulation;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.event.EventQueue;
import org.clustercomposer.simulation.event.HostFailure;
import org.clustercomposer.simulation.event.HostRepair;
import org.clustercomposer.simulation.event.LinkFailure;
import org.clustercomposer.simulation.event.LinkRepair;
import org.clustercomposer.simulation.event.MaintenanceStart;
import org.clustercomposer.simulation.event.SwitchFailure;
import org.clustercomposer.simulation.event.SwitchRepair;
import org.clustercomposer.simulation.fault.FaultSpec;
import org.clustercomposer.simulation.fault.MaintenanceSpec;
import org.clustercomposer.simulation.fault.RandomFaults;
import org.clustercomposer.simulation.network.Routing;

/** Turns the fault plan (given and drawn failures, maintenance) into events before the run starts. */
final class FaultSchedule {

    private FaultSchedule() {
    }

    static void schedule(Scenario scenario, SimulationConfig config, ClusterModel cluster, Routing routing,
                         EventQueue queue) {
        for (FaultSpec f : RandomFaults.draw(config.faults(), scenario, config.duration(), config.seed())) {
            double repairAt = f.time() + f.repairAfter();
            boolean repaired = Double.isFinite(repairAt) && repairAt < config.duration();
            switch (f.target()) {
                case HOST -> {
                    int h = require(cluster.hostIndex(f.element()), "host", f.element());
                    queue.schedule(f.time(), new HostFailure(h));
                    if (repaired) {
                        queue.schedule(repairAt, new HostRepair(h));
                    }
                }
                case LINK -> {
                    int l = require(routing.linkIndex(f.element()), "link", f.element());
                    queue.schedule(f.time(), new LinkFailure(l));
                    if (repaired) {
                        queue.schedule(repairAt, new LinkRepair(l));
                    }
                }
                case SWITCH -> {
                    int s = require(switchIndex(scenario, f.element()), "switch", f.element());
                    queue.schedule(f.time(), new SwitchFailure(s));
                    if (repaired) {
                        queue.schedule(repairAt, new SwitchRepair(s));
                    }
                }
            }
        }
        for (MaintenanceSpec m : config.faults().maintenance()) {
            int h = require(cluster.hostIndex(m.host()), "host", m.host());
            queue.schedule(m.start(), new MaintenanceStart(h, m.length()));
        }
    }

    private static int switchIndex(Scenario scenario, String id) {
        for (int i = 0; i < scenario.switches().size(); i++) {
            if (scenario.switches().get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int require(int index, String kind, String id) {
        if (index < 0) {
            throw new IllegalArgumentException("the fault plan names " + kind + " \"" + id
                    + "\", which the scenario does not have");
        }
        return index;
    }
}
