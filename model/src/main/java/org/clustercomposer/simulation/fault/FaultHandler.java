package org.clustercomposer.simulation.fault;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.event.EventQueue;
import org.clustercomposer.simulation.event.VmRestart;
import org.clustercomposer.simulation.migration.MigrationManager;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;
import org.clustercomposer.simulation.fault.Incident.Kind;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.output.SlaViolation.Cause;

/**
 * What each layer does when something breaks. A failed host loses its VMs (restarted elsewhere
 * after a boot delay when restarts are on) and every process running on it; an SSI domain with a
 * member on it loses that member's processes if its kind tolerates member loss, else the whole
 * domain (and the VMs running inside it) goes down. A failed link cuts the migrations crossing it
 * and routes go around it; a failed switch takes its links down.
 */
public final class FaultHandler {

    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final MigrationManager migrations;
    private final Routing routing;
    private final FlowNetwork network;
    private final EventQueue queue;
    private final boolean restartVms;
    private final double bootTime;
    private final List<String> switchIds;
    private final double[] lostSince;
    private final List<Incident> incidents = new ArrayList<>();
    private final List<SlaViolation> violations = new ArrayList<>();

    public FaultHandler(ClusterModel cluster, ProcessTable processes, MigrationManager migrations, Routing routing,
                        FlowNetwork network, EventQueue queue, boolean restartVms, double bootTime,
                        List<String> switchIds) {
        this.cluster = cluster;
        this.processes = processes;
        this.migrations = migrations;
        this.routing = routing;
        this.network = network;
        this.queue = queue;
        this.restartVms = restartVms;
        this.bootTime = bootTime;
        this.switchIds = List.copyOf(switchIds);
        this.lostSince = new double[cluster.vmCount()];
        Arrays.fill(lostSince, -1);
    }

    public void hostFailed(int h, double now) {
        if (cluster.isFailed(h)) {
            return;
        }
        incidents.add(new Incident(now, Kind.HOST_FAILED, cluster.hostId(h), ""));
        migrations.abortTouchingHost(h, now);
        for (int d : processes.domainsOnHost(h)) {
            if (processes.kind(d).toleratesMemberLoss()) {
                int lost = 0;
                for (int m : processes.membersOnHost(d, h)) {
                    for (int i : processes.processesAt(d, m)) {
                        processes.kill(i);
                        lost++;
                    }
                    processes.dropMember(d, m);
                }
                incidents.add(new Incident(now, Kind.PROCESSES_LOST, processes.domainId(d),
                        lost + " processes on " + cluster.hostId(h)));
            } else {
                processes.killDomain(d);
                incidents.add(new Incident(now, Kind.DOMAIN_LOST, processes.domainId(d),
                        processes.kind(d).jsonName() + " does not survive losing " + cluster.hostId(h)));
                loseVmsInside(d, now);
            }
        }
        for (int i : processes.processesOnHost(h)) {
            processes.kill(i);
        }
        for (int v : cluster.vmsOn(h).toArray()) {
            loseVm(v, now, true);
        }
        cluster.setFailed(h, true);
    }

    private void loseVmsInside(int domain, double now) {
        for (int v = 0; v < cluster.vmCount(); v++) {
            if (cluster.vmDomain(v) == domain && (cluster.vmHost(v) >= 0 || cluster.isSpanning(v))) {
                loseVm(v, now, false);
            }
        }
    }

    private void loseVm(int v, double now, boolean mayRestart) {
        cluster.setMigrating(v, false);
        cluster.removeVm(v);
        cluster.setPaused(v, true);
        lostSince[v] = now;
        incidents.add(new Incident(now, Kind.VM_LOST, cluster.vmId(v), ""));
        if (restartVms && mayRestart) {
            queue.schedule(now + bootTime, new VmRestart(v));
        }
    }

    /** Boots a lost VM on the best-fitting working host, or leaves it lost when none has room. */
    public void restartVm(int v, double now) {
        if (cluster.vmHost(v) >= 0 || lostSince[v] < 0) {
            return;
        }
        int target = -1;
        double bestFree = Double.POSITIVE_INFINITY;
        for (int h = 0; h < cluster.hostCount(); h++) {
            if (cluster.isUsable(h) && cluster.fits(v, h, 1.0)) {
                double free = cluster.capacity(h) - cluster.demand(h);
                if (free < bestFree) {
                    bestFree = free;
                    target = h;
                }
            }
        }
        if (target < 0) {
            incidents.add(new Incident(now, Kind.VM_RESTART_FAILED, cluster.vmId(v), "no host has room"));
            return;
        }
        closeLoss(v, now);
        cluster.placeVm(v, target);
        cluster.setPaused(v, false);
        incidents.add(new Incident(now, Kind.VM_RESTARTED, cluster.vmId(v), "on " + cluster.hostId(target)));
    }

    private void closeLoss(int v, double now) {
        violations.add(new SlaViolation(lostSince[v], now, cluster.vmId(v), Cause.VM_LOST,
                cluster.vmDemand(v) * (now - lostSince[v])));
        lostSince[v] = -1;
    }

    public void hostRepaired(int h, double now) {
        if (!cluster.isFailed(h)) {
            return;
        }
        cluster.setFailed(h, false);
        cluster.setOn(h, true);
        incidents.add(new Incident(now, Kind.HOST_REPAIRED, cluster.hostId(h), ""));
    }

    public void linkChanged(int l, boolean up, double now) {
        if (routing.isLinkUp(l) == up) {
            return;
        }
        routing.setLinkUp(l, up);
        network.advance(now);
        network.setUp(2 * l, up);
        network.setUp(2 * l + 1, up);
        if (!up) {
            migrations.abortCrossing(2 * l, now);
            migrations.abortCrossing(2 * l + 1, now);
        }
        incidents.add(new Incident(now, up ? Kind.LINK_REPAIRED : Kind.LINK_FAILED, routing.linkId(l), ""));
    }

    public void switchChanged(int s, boolean up, double now) {
        incidents.add(new Incident(now, up ? Kind.SWITCH_REPAIRED : Kind.SWITCH_FAILED, switchIds.get(s), ""));
        for (int l : routing.linksAt(switchIds.get(s))) {
            linkChanged(l, up, now);
        }
    }

    /**
     * Starts draining a host: no new VMs; its VMs move away, and so do the SSI processes placed on the
     * host itself. Processes inside a VM ride with their VM, as under a real SSI over VMs, which does
     * not notice its member moving; they move at the SSI level only when their VM finds no target.
     */
    public void maintenanceStarted(int h, double now) {
        cluster.setMaintenance(h, true);
        incidents.add(new Incident(now, Kind.MAINTENANCE_STARTED, cluster.hostId(h), ""));
        boolean[] stays = new boolean[cluster.vmCount()];
        for (int v : cluster.vmsOn(h).toArray()) {
            int target = bestTarget(v, h);
            stays[v] = target < 0 || !migrations.startVm(v, target, now, MigrationRecord.MAINTENANCE);
        }
        // Demand each host gains from the processes sent so far, so they spread as an SSI's load balancer
        // would instead of all landing on the first member.
        double[] incoming = new double[cluster.hostCount()];
        for (int i : processes.processesOnHost(h)) {
            int place = processes.placeOfProcess(i);
            int d = processes.domainOf(i);
            if (d < 0 || !cluster.places().isHost(place) && !stays[cluster.places().vm(place)]) {
                continue;
            }
            int target = leastLoadedMember(d, h, incoming);
            if (target >= 0 && migrations.startProcess(i, target, now, MigrationRecord.MAINTENANCE)) {
                incoming[cluster.hostOfPlace(target)] += processes.demandOf(i);
            }
        }
    }

    private int leastLoadedMember(int d, int exclude, double[] incoming) {
        int best = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int m : processes.members(d)) {
            int mh = cluster.hostOfPlace(m);
            if (mh >= 0 && mh != exclude && cluster.isUsable(mh)) {
                double load = (cluster.demand(mh) + incoming[mh]) / cluster.capacity(mh);
                if (load < lowest) {
                    lowest = load;
                    best = m;
                }
            }
        }
        return best;
    }

    private int bestTarget(int v, int exclude) {
        int target = -1;
        double lowest = Double.POSITIVE_INFINITY;
        for (int h = 0; h < cluster.hostCount(); h++) {
            if (h != exclude && cluster.isUsable(h) && cluster.fits(v, h, 1.0) && cluster.utilization(h) < lowest) {
                lowest = cluster.utilization(h);
                target = h;
            }
        }
        return target;
    }

    /** Switches off hosts in maintenance once nothing runs or moves there. */
    public void switchOffDrained() {
        for (int h = 0; h < cluster.hostCount(); h++) {
            if (cluster.inMaintenance(h) && cluster.isOn(h) && cluster.vmsOn(h).isEmpty() && !migrations.busy(h)
                    && processes.processesOnHost(h).length == 0) {
                cluster.setOn(h, false);
            }
        }
    }

    public void maintenanceEnded(int h, double now) {
        cluster.setMaintenance(h, false);
        if (!cluster.isFailed(h)) {
            cluster.setOn(h, true);
        }
        incidents.add(new Incident(now, Kind.MAINTENANCE_ENDED, cluster.hostId(h), ""));
    }

    /** Closes the losses still open at the end of the run. */
    public void finish(double end) {
        for (int v = 0; v < lostSince.length; v++) {
            if (lostSince[v] >= 0) {
                closeLoss(v, end);
            }
        }
    }

    public List<Incident> incidents() {
        return incidents;
    }

    public List<SlaViolation> violations() {
        return violations;
    }
}
