package org.clustercomposer.views.prediction;

import java.util.List;
import java.util.Optional;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationCostModel;
import org.clustercomposer.analysis.migration.MigrationMethods;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.ProcessMigrationModel;
import org.clustercomposer.analysis.utilization.NetworkLoad;
import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.HypervisorMigrationSettings;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.RoutingTree;

/**
 * One process of an application on an SSI domain moved from one member of the domain to another, costed as
 * {@code cluster-composer migration-cost --method process} costs it for the same inputs: the process's share of the
 * application's memory, the application's dirty rate, a written set of {@value #WRITTEN_SECONDS} s of those writes
 * (the design has no written set for a process) and the bandwidth a new flow gets on the path between the members'
 * hosts (between two member VMs on one host, the in-machine rate {@link RoutingTree#inMachineBandwidth} and no
 * link, as the event-driven engine copies it). The drag preview and the migration animation both cost a process this way.
 *
 * @param remoteFraction share of the address space left at the source and paged in remotely afterwards
 * @param slowdown       how much slower the process runs while all those pages are still remote (1 + the domain's
 *                       remote-memory penalty x the fraction)
 */
public record ProcessMove(String appId, String domainId, String from, String to, String fromHost, String toHost,
                          List<String> path, MigrationRequest request, MigrationCost cost, String modelName,
                          double remoteFraction, double slowdown) {

    /** The written set is taken as this many seconds of the application's writes. */
    public static final double WRITTEN_SECONDS = 1;

    public ProcessMove {
        path = List.copyOf(path);
    }

    /** The model of {@code migration-cost --method process}. */
    public static MigrationCostModel model() {
        return MigrationMethods.model(MigrationMethods.Method.process, MigrationMethods.Hypervisor.qemu,
                HypervisorMigrationSettings.qemuDefaults(), null);
    }

    /** Whether the two members share a host, so that nothing crosses a link. */
    public boolean local() {
        return fromHost.equals(toHost);
    }

    /** The move on the design's own network load; an {@link IllegalArgumentException} says why it cannot run. */
    public static ProcessMove of(Scenario s, String appId, String fromMember, String toMember) {
        return of(s, NetworkLoad.of(s), appId, fromMember, toMember);
    }

    /** The same with the design's network load computed once by the caller. */
    public static ProcessMove of(Scenario s, NetworkLoad network, String appId, String fromMember, String toMember) {
        Application app = application(s, appId);
        SsiDomain d = domainOf(s, app).orElseThrow(() -> new IllegalArgumentException(appId
                + " does not run on an SSI domain: process migration moves processes between its members"));
        for (String m : List.of(fromMember, toMember)) {
            if (!d.members().contains(m)) {
                throw new IllegalArgumentException(m + " is not a member of SSI domain " + d.id());
            }
        }
        if (fromMember.equals(toMember)) {
            throw new IllegalArgumentException(fromMember + " is where the process already runs");
        }
        String fromHost = hostOf(s, fromMember);
        String toHost = hostOf(s, toMember);
        // Two member VMs on one host: the copy crosses no link, at the event-driven engine's in-machine rate.
        boolean local = fromHost.equals(toHost);
        double bandwidth = local ? RoutingTree.inMachineBandwidth(s.hosts()) : network.availableBandwidth(fromHost, toHost);
        if (!(bandwidth > 0)) {
            throw new IllegalArgumentException(fromHost + " and " + toHost + " are not connected");
        }
        double memory = app.memory() / Math.max(1, app.processes());
        double written = Math.min(memory, Math.max(MigrationRequest.PAGE_SIZE, app.dirtyRate() * WRITTEN_SECONDS));
        MigrationRequest request = new MigrationRequest(memory, app.dirtyRate(), written, bandwidth,
                MigrationRequest.DEFAULT_DOWNTIME_LIMIT, MigrationRequest.DEFAULT_MAX_ROUNDS, 0, true);
        MigrationCostModel model = model();
        double remote = ProcessMigrationModel.lazy().remoteFraction(request);
        return new ProcessMove(appId, d.id(), fromMember, toMember, fromHost, toHost,
                local ? List.of() : network.path(fromHost, toHost).stream().map(Link::id).toList(), request, model.cost(request), model.name(),
                remote, ProcessMigrationModel.slowdown(remote, d.remoteMemoryPenalty()));
    }

    /** The application, or an {@link IllegalArgumentException}. */
    static Application application(Scenario s, String appId) {
        return s.applications().stream().filter(a -> a.id().equals(appId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application \"" + appId + "\" in the design"));
    }

    /** The SSI domain an application is placed on, if it is. */
    static Optional<SsiDomain> domainOf(Scenario s, Application app) {
        return s.ssiDomain(app.placedOn());
    }

    /**
     * How many of an application's processes run on each member of its domain, in the members' order: process i on
     * member i mod members, as the event-driven engine starts them ({@code ProcessTable}).
     */
    static int processesOn(Application app, SsiDomain d, int member) {
        int n = Math.max(1, app.processes());
        int m = d.members().size();
        return n / m + (member < n % m ? 1 : 0);
    }

    /** The host a member runs on: itself, or the host of a member VM. */
    public static String hostOf(Scenario s, String member) {
        if (s.kindOf(member).orElse(null) == ElementKind.HOST) {
            return member;
        }
        Vm vm = s.vm(member).orElseThrow(() -> new IllegalArgumentException("no host or VM \"" + member + "\""));
        if (s.kindOf(vm.placedOn()).orElse(null) != ElementKind.HOST) {
            throw new IllegalArgumentException(member + " runs on " + vm.placedOn() + ", not on a host");
        }
        return vm.placedOn();
    }
}
