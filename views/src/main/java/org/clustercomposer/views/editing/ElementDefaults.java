package org.clustercomposer.views.editing;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

import java.util.List;

/** What a new element from the palette starts as: a typical rack server, ToR switch, NAS, VM. */
final class ElementDefaults {

    private static final double GIB = 1L << 30;
    private static final double TIB = 1L << 40;
    private static final double MIB = 1L << 20;
    private static final double GBIT = 1e9 / 8;
    private static final double MBIT = 1e6 / 8;

    private ElementDefaults() {
    }

    static Host host(String id) {
        return new Host(id, id, 16, 2.4e9, 64 * GIB, 10 * GBIT, 110, 250, Hypervisor.kvm());
    }

    static NetworkSwitch networkSwitch(String id) {
        return new NetworkSwitch(id, id, 48, 1280 * GBIT);
    }

    static Storage storage(String id) {
        return new Storage(id, id, 100 * TIB, 10 * GBIT);
    }

    static Link link(String id, String from, String to) {
        return new Link(id, from, to, 10 * GBIT, 50e-6);
    }

    static Vm vm(String id, String placedOn) {
        return new Vm(id, id, 4, 8 * GIB, 40 * GIB, placedOn, new Workload(0.5, 50 * MIB, 512 * MIB, 100 * MBIT, null));
    }

    static SsiDomain ssiDomain(String id, List<String> members) {
        return new SsiDomain(id, id, SsiKind.KERRIGHED, members, 0.3, 0.02);
    }

    static Application application(String id, String placedOn) {
        return new Application(id, id, placedOn, 8, 4.0, 8 * GIB, 100 * MBIT, 20 * MIB);
    }
}
