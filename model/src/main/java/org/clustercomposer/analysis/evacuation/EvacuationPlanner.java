package org.clustercomposer.analysis.evacuation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.utilization.NetworkLoad;
import org.clustercomposer.analysis.utilization.UtilizationAnalysis;
import org.clustercomposer.analysis.utilization.UtilizationReport;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;

/**
 * What-if migrations: drain a host, or cost a given plan. All moves start together; on each link
 * (per direction) the bandwidth left by other traffic is split equally among the moves crossing
 * it, as TCP flows sharing a bottleneck do; when a move finishes its share is handed back to
 * the moves still running, so the total is the real makespan of that sharing, not a bound. Each
 * move's costs are given at its starting share. Destinations must have the
 * free memory and CPU for the VM; moves that cannot run are reported with the reason.
 */
public final class EvacuationPlanner {

    private final MigrationMethod method;
    private final MigrationCostModel fixedModel;
    private final MigrationProfiles profiles;
    private final UtilizationAnalysis analysis;
    private final boolean alwaysCopyDisks;
    private final Map<HypervisorMigrationSettings, MigrationCostModel> bySettings = new ConcurrentHashMap<>();

    /** Every move priced by one model, whatever its hosts' hypervisors say. */
    public EvacuationPlanner(MigrationCostModel model, UtilizationAnalysis analysis) {
        this(null, model, MigrationProfiles.none(), analysis, false);
    }

    private EvacuationPlanner(MigrationMethod method, MigrationCostModel fixedModel, MigrationProfiles profiles,
                              UtilizationAnalysis analysis, boolean alwaysCopyDisks) {
        if (method == null && fixedModel == null || analysis == null || profiles == null) {
            throw new IllegalArgumentException("a migration method or model, profiles and an analysis are required");
        }
        this.method = method;
        this.fixedModel = fixedModel;
        this.profiles = profiles;
        this.analysis = analysis;
        this.alwaysCopyDisks = alwaysCopyDisks;
    }

    /** Pre-copy with disk copy when storage is not shared; no memory overcommit; built-in profiles only. */
    public static EvacuationPlanner standard() {
        return of(MigrationMethod.PRE_COPY);
    }

    /** Moves by the chosen method ({@link MigrationMethod#PRE_COPY} is {@link #standard()}); built-in profiles. */
    public static EvacuationPlanner of(MigrationMethod method) {
        return of(method, MigrationProfiles.none());
    }

    /**
     * Moves by the chosen method, each priced with its source host's hypervisor migration settings and the
     * calibration profile they name (read through {@code profiles}).
     */
    public static EvacuationPlanner of(MigrationMethod method, MigrationProfiles profiles) {
        return new EvacuationPlanner(method, null, profiles, UtilizationAnalysis.standard(), method.alwaysCopiesDisk());
    }

    /**
     * The model a move leaving this host is priced with: its hypervisor's migration settings (QEMU's defaults as
     * libvirt runs them for what is unset, {@link MigrationMethod#planned}) and their profile.
     *
     * @throws IllegalArgumentException when the named profile cannot be read
     */
    public MigrationCostModel modelFor(Scenario scenario, String sourceHost) {
        if (fixedModel != null) {
            return fixedModel;
        }
        HypervisorMigrationSettings settings = scenario.host(sourceHost).map(Host::hypervisor)
                .map(Hypervisor::migration).orElse(HypervisorMigrationSettings.qemuDefaults());
        return bySettings.computeIfAbsent(settings, s -> method.model(s, profiles.profileFor(s)));
    }

    private String modelName() {
        return fixedModel != null ? fixedModel.name() : method.model().name();
    }

    /** The analysis whose report {@link #apply(Scenario, UtilizationReport, NetworkLoad, List)} expects. */
    public UtilizationAnalysis analysis() {
        return analysis;
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
        return cost(scenario, moves, refused, network).withNotes(ssiLosses(scenario, hostId));
    }

    // A drained host that is a node of a single system image takes that node away from it.
    private static List<String> ssiLosses(Scenario scenario, String hostId) {
        return scenario.ssiDomains().stream().filter(d -> d.members().contains(hostId))
                .map(d -> hostId + " is a node of SSI domain " + d.id() + " (" + d.kind().name().toLowerCase(Locale.ROOT)
                        + "): draining it leaves the single system image " + (d.members().size() - 1) + " of "
                        + d.members().size() + " nodes, with that much less CPU and memory for its processes")
                .toList();
    }

    /** Costs a given plan; moves whose VM, source or destination is wrong, or that do not fit, are refused. */
    public PlanCost apply(Scenario scenario, List<Move> plan) {
        return apply(scenario, analysis.analyze(scenario), NetworkLoad.of(scenario), plan);
    }

    /**
     * Costs a given plan with the scenario's report and network load already computed (the editor
     * costs one move per pointer target while a VM is dragged; analysing the design is the slow part).
     */
    public PlanCost apply(Scenario scenario, UtilizationReport report, NetworkLoad network, List<Move> plan) {
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
        return cost(scenario, accepted, refused, network);
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
        Map<String, Double> finish = finishTimes(scenario, routable, paths, vms);
        List<MoveCost> costs = new ArrayList<>();
        double total = 0;
        double bytes = 0;
        double downtime = 0;
        List<Vm> after = new ArrayList<>(scenario.vms());
        for (Move m : routable) {
            List<NetworkLoad.Hop> hops = paths.get(m.vmId());
            Share share = share(hops, sharing);
            MigrationCost cost = costAt(scenario, m, vms.get(m.vmId()), share.bandwidth());
            double done = finish.get(m.vmId());
            costs.add(new MoveCost(m, cost, share.bandwidth(), share.moves(), hops.stream().map(h -> h.link().id())
                    .toList(), done));
            total = Math.max(total, done);
            bytes += cost.bytesSent();
            downtime = Math.max(downtime, cost.downtimeSeconds());
            after.replaceAll(v -> v.id().equals(m.vmId()) ? v.withPlacedOn(m.to()) : v);
        }
        Explanation why = new Explanation("concurrent migrations (" + modelName() + ")",
                "bandwidth(move) = min over its links of available(link) / moves still running on link, "
                        + "recomputed whenever a move finishes; total = when the last move finishes",
                List.of(Input.count("moves", costs.size()), Input.count("refused", refused.size()),
                        Input.of("total", total, Dimension.DURATION), Input.of("data sent", bytes, Dimension.SIZE)));
        return new PlanCost(costs, refused, total, bytes, downtime, scenario.withVms(after), why, List.of());
    }

    private record Share(double bandwidth, int moves) {
    }

    // The slowest share along a path, with how many moves share that link.
    private static Share share(List<NetworkLoad.Hop> hops, Map<String, Integer> sharing) {
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
        return new Share(bandwidth, shared);
    }

    private MigrationCost costAt(Scenario scenario, Move m, Vm vm, double bandwidth) {
        return modelFor(scenario, m.from()).cost(request(scenario, vm, bandwidth));
    }

    /**
     * The request this planner costs a VM's move with at a bandwidth (its path's share): what a view that
     * draws the move (the migration animation) needs to know beside the cost.
     */
    public MigrationRequest request(Scenario scenario, Vm vm, double bandwidth) {
        Workload w = vm.workload() == null ? Workload.idle() : vm.workload();
        return new MigrationRequest(vm.memory(), w.dirtyRate(), w.writableWorkingSet(), bandwidth,
                MigrationRequest.DEFAULT_DOWNTIME_LIMIT, MigrationRequest.DEFAULT_MAX_ROUNDS, vm.disk(),
                scenario.hasSharedStorage() && !alwaysCopyDisks, w.nonZeroMemory(vm.memory()));
    }

    /*
     * When each move finishes when bandwidth is handed back: in each phase every running move
     * advances at 1 / (its total time at its current share) of its work per second; when the
     * first finishes, the shares of the others are recomputed. A move's remaining fraction of
     * work is kept across phases (a fluid approximation of its copy rounds).
     */
    private Map<String, Double> finishTimes(Scenario scenario, List<Move> moves,
                                            Map<String, List<NetworkLoad.Hop>> paths, Map<String, Vm> vms) {
        Map<String, Double> finish = new HashMap<>();
        Map<String, Double> left = new HashMap<>();
        moves.forEach(m -> left.put(m.vmId(), 1.0));
        List<Move> running = new ArrayList<>(moves);
        double now = 0;
        while (!running.isEmpty()) {
            Map<String, Integer> sharing = new HashMap<>();
            running.forEach(m -> paths.get(m.vmId()).forEach(h -> sharing.merge(h.key(), 1, Integer::sum)));
            Map<String, Double> rate = new HashMap<>();
            double step = Double.POSITIVE_INFINITY;
            for (Move m : running) {
                double seconds = costAt(scenario, m, vms.get(m.vmId()), share(paths.get(m.vmId()), sharing).bandwidth())
                        .totalSeconds();
                double r = seconds > 0 ? 1 / seconds : Double.POSITIVE_INFINITY;
                rate.put(m.vmId(), r);
                step = Math.min(step, left.get(m.vmId()) / r);
            }
            now += step;
            List<Move> still = new ArrayList<>();
            for (Move m : running) {
                double remaining = left.get(m.vmId()) - rate.get(m.vmId()) * step;
                if (remaining <= 1e-9 || Double.isNaN(remaining)) {
                    finish.put(m.vmId(), now);
                } else {
                    left.put(m.vmId(), remaining);
                    still.add(m);
                }
            }
            running = still;
        }
        return finish;
    }

    private static String fmt(double value, Dimension d) {
        return Quantities.display(value, d);
    }
}
