package org.clustercomposer.analysis.evacuation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.analysis.migration.BlockMigrationModel;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.PreCopyMigrationModel;
import org.clustercomposer.analysis.utilization.NetworkLoad;
import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * What-if migrations: drain a host, or cost a given plan. All moves start together; on each link
 * (per direction) the bandwidth left by other traffic is split equally among the moves crossing
 * it, as TCP flows sharing a bottleneck do, and a move keeps its share to the end (no
 * redistribution when others finish, so the total is an upper bound). Destinations must have the
 * free memory and CPU for the VM; moves that cannot run are reported with the reason.
 */
public final class EvacuationPlanner {

    private final MigrationCostModel model;
    private final UtilizationAnalysis analysis;

    public EvacuationPlanner(MigrationCostModel model, UtilizationAnalysis analysis) {
        if (model == null || analysis == null) {
            throw new IllegalArgumentException("a migration model and an analysis are required");
        }
        this.model = model;
        this.analysis = analysis;
    }

    /** Pre-copy with disk copy when storage is not shared; no memory overcommit. */
    public static EvacuationPlanner standard() {
        return new EvacuationPlanner(new BlockMigrationModel(new PreCopyMigrationModel()), UtilizationAnalysis.standard());
    }

    /**
     * Moves every VM off a host: largest memory first, each to the reachable host with room that is
     * fewest hops away (then most free memory).
     */
    public PlanCost drain(Scenario scenario, String hostId) {
        if (scenario.host(hostId).isEmpty()) {
            throw new IllegalArgumentException("no host " + hostId + " in the scenario");
        }
        UtilizationReport report = analysis.analyze(scenario);
        Capacities capacities = new Capacities(scenario, report);
        NetworkLoad network = NetworkLoad.of(scenario);
        List<Move> moves = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<Vm> leaving = scenario.vms().stream().filter(v -> hostId.equals(v.placedOn()))
                .sorted(Comparator.comparingDouble(Vm::memory).reversed()).toList();
        for (Vm vm : leaving) {
            String best = null;
            int bestHops = Integer.MAX_VALUE;
            for (String candidate : capacities.hosts()) {
                if (candidate.equals(hostId) || capacities.misfit(vm, candidate) != null) {
                    continue;
                }
                List<NetworkLoad.Hop> hops = network.hops(hostId, candidate);
                if (hops == null) {
                    continue;
                }
                if (hops.size() < bestHops || hops.size() == bestHops
                        && capacities.freeMemory(candidate) > capacities.freeMemory(best)) {
                    best = candidate;
                    bestHops = hops.size();
                }
            }
            if (best == null) {
                refused.add(vm.id() + ": no reachable host has " + fmt(vm.memory(), Dimension.SIZE)
                        + " of memory and " + String.format(Locale.ROOT, "%.2f", capacities.cpuOf(vm))
                        + " cores free");
            } else {
                capacities.move(vm, hostId, best);
                moves.add(new Move(vm.id(), hostId, best));
            }
        }
        scenario.applications().stream().filter(a -> hostId.equals(a.placedOn())).forEach(a -> refused.add(
                a.id() + ": an application on the bare host cannot be live-migrated"));
        return cost(scenario, moves, refused, network);
    }

    /** Costs a given plan; moves whose VM, source or destination is wrong, or that do not fit, are refused. */
    public PlanCost apply(Scenario scenario, List<Move> plan) {
        UtilizationReport report = analysis.analyze(scenario);
        Capacities capacities = new Capacities(scenario, report);
        Map<String, Vm> vms = scenario.vms().stream().collect(Collectors.toMap(Vm::id, v -> v, (a, b) -> a));
        List<Move> accepted = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        for (Move m : plan) {
            Vm vm = vms.get(m.vmId());
            String why = vm == null ? "no such VM"
                    : !m.from().equals(vm.placedOn()) ? "it runs on " + vm.placedOn() + ", not " + m.from()
                    : capacities.misfit(vm, m.to());
            if (why != null) {
                refused.add(m.vmId() + ": " + why);
            } else {
                capacities.move(vm, m.from(), m.to());
                accepted.add(m);
            }
        }
        return cost(scenario, accepted, refused, NetworkLoad.of(scenario));
    }

    private PlanCost cost(Scenario scenario, List<Move> moves, List<String> refused, NetworkLoad network) {
        Map<String, List<NetworkLoad.Hop>> paths = new HashMap<>();
        Map<String, Integer> sharing = new HashMap<>();
        List<Move> routable = new ArrayList<>();
        for (Move m : moves) {
            List<NetworkLoad.Hop> hops = network.hops(m.from(), m.to());
            if (hops == null || hops.isEmpty()) {
                refused.add(m.vmId() + ": " + (hops == null ? m.from() + " and " + m.to() + " are not connected"
                        : "already on " + m.to()));
                continue;
            }
            paths.put(m.vmId(), hops);
            routable.add(m);
            hops.forEach(h -> sharing.merge(h.key(), 1, Integer::sum));
        }
        Map<String, Vm> vms = scenario.vms().stream().collect(Collectors.toMap(Vm::id, v -> v, (a, b) -> a));
        List<MoveCost> costs = new ArrayList<>();
        double total = 0;
        double bytes = 0;
        double downtime = 0;
        List<Vm> after = new ArrayList<>(scenario.vms());
        for (Move m : routable) {
            List<NetworkLoad.Hop> hops = paths.get(m.vmId());
            double bandwidth = Double.POSITIVE_INFINITY;
            int shared = 1;
            for (NetworkLoad.Hop h : hops) {
                int n = sharing.get(h.key());
                double share = h.available() / n;
                if (share < bandwidth) {
                    bandwidth = share;
                    shared = n;
                }
            }
            Vm vm = vms.get(m.vmId());
            Workload w = vm.workload() == null ? Workload.idle() : vm.workload();
            MigrationRequest request = new MigrationRequest(vm.memory(), w.dirtyRate(), w.writableWorkingSet(),
                    bandwidth, MigrationRequest.DEFAULT_DOWNTIME_LIMIT, MigrationRequest.DEFAULT_MAX_ROUNDS, vm.disk(),
                    scenario.hasSharedStorage(), w.nonZeroMemory(vm.memory()));
            MigrationCost cost = model.cost(request);
            costs.add(new MoveCost(m, cost, bandwidth, shared, hops.stream().map(h -> h.link().id()).toList()));
            total = Math.max(total, cost.totalSeconds());
            bytes += cost.bytesSent();
            downtime = Math.max(downtime, cost.downtimeSeconds());
            after.replaceAll(v -> v.id().equals(m.vmId()) ? v.withPlacedOn(m.to()) : v);
        }
        Explanation why = new Explanation("concurrent migrations (" + model.name() + ")",
                "bandwidth(move) = min over its links of available(link) / moves on link; total = slowest move",
                List.of(Input.count("moves", costs.size()), Input.count("refused", refused.size()),
                        Input.of("total", total, Dimension.DURATION), Input.of("data sent", bytes, Dimension.SIZE)));
        return new PlanCost(costs, refused, total, bytes, downtime, scenario.withVms(after), why);
    }

    private static String fmt(double value, Dimension d) {
        return Quantities.display(value, d);
    }
}
