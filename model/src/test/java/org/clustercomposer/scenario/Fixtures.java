package org.clustercomposer.scenario;

import java.util.List;

import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/** Small hand-made scenarios for tests: every element kind, every stacking. */
public final class Fixtures {

    public static final double GIB = 1L << 30;
    public static final double GBIT = 1e9 / 8;
    public static final double MIB = 1L << 20;

    private Fixtures() {
    }

    /**
     * Two KVM hosts and two bare hosts under one switch, with shared storage; two VMs on h1; an SSI
     * over the bare hosts running an MPI job; a virtual SSI over both VMs.
     */
    public static Scenario small() {
        List<Host> hosts = List.of(
                host("h1", Hypervisor.kvm()), host("h2", Hypervisor.kvm()), host("h3", null), host("h4", null));
        List<NetworkSwitch> switches = List.of(new NetworkSwitch("sw1", "ToR", 48, 1.28e12 / 8));
        List<Link> links = List.of(
                link("l1", "h1"), link("l2", "h2"), link("l3", "h3"), link("l4", "h4"), link("l5", "nas"));
        List<Storage> storages = List.of(new Storage("nas", "shared NAS", 100 * GIB * 1024, 10 * GBIT));
        List<Vm> vms = List.of(
                new Vm("vm1", "web-1", 4, 8 * GIB, 40 * GIB, "h1",
                        new Workload(0.5, 50 * MIB, 512 * MIB, 100e6 / 8, "vm2")),
                new Vm("vm2", "db-1", 8, 16 * GIB, 80 * GIB, "h1",
                        new Workload(0.3, 120 * MIB, 2 * GIB, 50e6 / 8, null)));
        List<SsiDomain> ssi = List.of(
                new SsiDomain("ssi1", "kerrighed", SsiKind.KERRIGHED, List.of("h3", "h4"), 0.3, 0.02),
                new SsiDomain("vssi", "virtual", SsiKind.MOSIX, List.of("vm1", "vm2"), 0.2, 0.01));
        List<Application> apps = List.of(
                new Application("app1", "mpi-job", "ssi1", 32, 24.5, 48 * GIB, 200e6 / 8, 20 * MIB));
        Layout layout = Layout.empty().with("h1", new Position(100, 300)).with("sw1", new Position(370, 120.5));
        return new Scenario("small", "a test scenario", hosts, switches, links, storages, vms, ssi, apps, layout);
    }

    public static Host host(String id, Hypervisor hypervisor) {
        return new Host(id, "node-" + id, 16, 2.4e9, 64 * GIB, 10 * GBIT, 110, 250, hypervisor);
    }

    public static Link link(String id, String from) {
        return new Link(id, from, "sw1", 10 * GBIT, 50e-6);
    }
}
