package org.clustercomposer.views.testing;

import java.util.List;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;

/** A switch, three hosts in a row, VMs on the first two, an SSI domain over h2 and h3. */
public final class SmallDesigns {

    public static final double GIB = 1L << 30;

    private SmallDesigns() {
    }

    public static Scenario rack() {
        List<Host> hosts = List.of(host("h1"), host("h2"), host("h3"));
        List<Link> links = List.of(new Link("l1", "h1", "sw", 1.25e9, 5e-5), new Link("l2", "h2", "sw", 1.25e9, 5e-5),
                new Link("l3", "h3", "sw", 1.25e9, 5e-5));
        List<Vm> vms = List.of(vm("vm1", "h1"), vm("vm2", "h1"), vm("vm3", "h2"));
        Layout layout = Layout.empty().with("sw", new Position(300, 0)).with("h1", new Position(0, 200))
                .with("h2", new Position(300, 200)).with("h3", new Position(600, 200));
        return new Scenario("rack", "", hosts, List.of(new NetworkSwitch("sw", "tor", 48, 1.6e11)), links, List.of(),
                vms, List.of(new SsiDomain("ssi", "kerrighed", SsiKind.KERRIGHED, List.of("h2", "h3"), 0.3, 0.02)),
                List.of(), layout);
    }

    public static Host host(String id) {
        return new Host(id, id, 16, 2.4e9, 64 * GIB, 1.25e9, 110, 250, Hypervisor.kvm());
    }

    public static Vm vm(String id, String on) {
        return new Vm(id, id, 4, 8 * GIB, 40 * GIB, on, new Workload(0.5, 5e7, 5e8, 1e7, null));
    }
}
