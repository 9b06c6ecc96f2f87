package org.clustercomposer.simulation;

import java.util.ArrayList;
import java.util.List;

import java.util.function.Consumer;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;
import org.clustercomposer.simulation.policy.Policy;
import org.clustercomposer.simulation.policy.PolicyContext;
import org.clustercomposer.simulation.workload.WorkloadDriver;
import org.clustercomposer.simulation.workload.WorkloadSpec;

/** Small scenarios built in code, for the engine's tests. */
final class Fixtures {

    static final double GIB = 1L << 30;
    static final double GBIT = 1e9 / 8;
    static final double MIB = 1L << 20;

    private Fixtures() {
    }

    /** 16 cores, 64 GiB, 10 Gbit/s, 100 W idle, 200 W peak, a hypervisor with no overhead. */
    static Host host(String id) {
        return new Host(id, id, 16, 2.4e9, 64 * GIB, 10 * GBIT, 100, 200, new Hypervisor("kvm", 0, 0));
    }

    static Vm vm(String id, String on, int vcpus, double memoryGib, double utilization, double dirtyRate) {
        return new Vm(id, id, vcpus, memoryGib * GIB, 0, on, new Workload(utilization, dirtyRate, 0, 0, null));
    }

    /** Hosts on one switch (10 Gbit/s links), shared storage, the given VMs. */
    static Scenario rack(int hosts, List<Vm> vms) {
        List<Host> hs = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (int i = 1; i <= hosts; i++) {
            hs.add(host("h" + i));
            links.add(new Link("l" + i, "h" + i, "tor", 10 * GBIT, 50e-6));
        }
        return new Scenario("rack", "", hs, List.of(new NetworkSwitch("tor", "tor", 48, 1.28e12 / 8)), links,
                List.of(new Storage("nas", "nas", 1e14, 10 * GBIT)), vms, List.of(), List.of(), Layout.empty());
    }

    /** A rack with one SSI domain over all hosts running one application of {@code processes}. */
    static Scenario ssiRack(int hosts, SsiKind kind, int processes, double cpuDemand) {
        Scenario base = rack(hosts, List.of());
        List<String> members = base.hosts().stream().map(Host::id).toList();
        return base.withSsiDomains(List.of(new SsiDomain("ssi", "ssi", kind, members, 0.3, 0)))
                .withApplications(List.of(new Application("app", "app", "ssi", processes, cpuDemand, 8 * GIB,
                        0, 10 * MIB)));
    }

    /** A policy that acts once, at the first step. */
    static Policy once(Consumer<PolicyContext> action) {
        boolean[] done = {false};
        return eachStep(context -> {
            if (!done[0]) {
                done[0] = true;
                action.accept(context);
            }
        });
    }

    /** A policy that acts at every step. */
    static Policy eachStep(Consumer<PolicyContext> action) {
        return new Policy() {
            @Override
            public String name() {
                return "test";
            }

            @Override
            public void apply(PolicyContext context) {
                action.accept(context);
            }
        };
    }

    /** A run of the scenario's steady workloads with a policy of the test's. */
    static Simulation simulation(Scenario s, SimulationConfig config, Policy policy) {
        return new Simulation(s, config, new WorkloadDriver(s.vms(), new WorkloadSpec.Steady(), 1), policy);
    }
}
