package org.clustercomposer.analysis;

import java.util.ArrayList;
import java.util.List;

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

/** Builds small scenarios in code for the analysis tests. */
public final class TestScenarios {

    public static final double GIB = 1L << 30;
    public static final double MIB = 1L << 20;
    public static final double GBIT = 1e9 / 8;
    public static final double MBIT = 1e6 / 8;

    private final List<Host> hosts = new ArrayList<>();
    private final List<NetworkSwitch> switches = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();
    private final List<Storage> storages = new ArrayList<>();
    private final List<Vm> vms = new ArrayList<>();
    private final List<SsiDomain> ssis = new ArrayList<>();
    private final List<Application> apps = new ArrayList<>();

    public static TestScenarios builder() {
        return new TestScenarios();
    }

    /** Two racks under a core switch: h1, h2 on tor1 and h3 on tor2; 10 Gbit/s host links, 40 Gbit/s uplinks. */
    public static TestScenarios twoRacks() {
        return builder().host("h1").host("h2").host("h3")
                .switchNode("core", 1e12).switchNode("tor1", 1e11).switchNode("tor2", 1e11)
                .link("l1", "h1", "tor1", 10 * GBIT).link("l2", "h2", "tor1", 10 * GBIT)
                .link("l3", "h3", "tor2", 10 * GBIT)
                .link("up1", "tor1", "core", 40 * GBIT).link("up2", "tor2", "core", 40 * GBIT);
    }

    /** A KVM host with 16 cores, 64 GiB, 10 Gbit/s NIC, 100-250 W. */
    public TestScenarios host(String id) {
        return host(id, 16, 64 * GIB, Hypervisor.kvm());
    }

    public TestScenarios host(String id, int cores, double memory, Hypervisor hypervisor) {
        hosts.add(new Host(id, id, cores, 2.4e9, memory, 10 * GBIT, 100, 250, hypervisor));
        return this;
    }

    public TestScenarios switchNode(String id, double bandwidth) {
        switches.add(new NetworkSwitch(id, id, 48, bandwidth));
        return this;
    }

    public TestScenarios link(String id, String from, String to, double bandwidth) {
        links.add(new Link(id, from, to, bandwidth, 50e-6));
        return this;
    }

    public TestScenarios storage(String id) {
        storages.add(new Storage(id, id, 1e14, 10 * GBIT));
        return this;
    }

    public TestScenarios vm(String id, String on, int vcpus, double memory, double cpu, double traffic, String to) {
        vms.add(new Vm(id, id, vcpus, memory, 40 * GIB, on, new Workload(cpu, 50 * MIB, 256 * MIB, traffic, to)));
        return this;
    }

    public TestScenarios ssi(String id, SsiKind kind, double penalty, double overhead, String... members) {
        ssis.add(new SsiDomain(id, id, kind, List.of(members), penalty, overhead));
        return this;
    }

    public TestScenarios app(String id, String on, int processes, double cpu, double memory, double communication) {
        apps.add(new Application(id, id, on, processes, cpu, memory, communication, 10 * MIB));
        return this;
    }

    public Scenario build() {
        return new Scenario("test", "", hosts, switches, links, storages, vms, ssis, apps, Layout.empty());
    }
}
