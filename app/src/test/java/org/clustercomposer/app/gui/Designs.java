package org.clustercomposer.app.gui;

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

/** Small designs the window tests draw: every layer present, optionally one host overloaded. */
final class Designs {

    static final double GIB = 1L << 30;
    static final double GBIT = 1e9 / 8;

    private Designs() {
    }

    /** A core switch, two racks of three hosts, VMs, an SSI over hosts, one over VMs, two applications. */
    static Scenario stacked(boolean overloadHost1) {
        List<Host> hosts = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<Vm> vms = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            hosts.add(new Host("h" + i, "node-" + i, 16, 2.4e9, 64 * GIB, 10 * GBIT, 110, 250, Hypervisor.kvm()));
            links.add(new Link("l" + i, "h" + i, i <= 3 ? "tor1" : "tor2", 10 * GBIT, 50e-6));
        }
        links.add(new Link("up1", "tor1", "core", 40 * GBIT, 20e-6));
        links.add(new Link("up2", "tor2", "core", 40 * GBIT, 20e-6));
        links.add(new Link("l-nas", "nas", "core", 40 * GBIT, 20e-6));
        int n = 0;
        for (int h = 1; h <= 3; h++) {
            int count = h == 1 && overloadHost1 ? 9 : 2;
            for (int k = 0; k < count; k++) {
                n++;
                double cpu = h == 1 && overloadHost1 ? 0.95 : 0.4;
                vms.add(new Vm("vm" + n, "web-" + n, 4, 8 * GIB, 40 * GIB, "h" + h,
                        new Workload(cpu, 50 * (1 << 20), 512 * (1 << 20), 100e6 / 8, null)));
            }
        }
        vms.add(new Vm("kvm-a", "ssi-vm-a", 2, 4 * GIB, 20 * GIB, "h5", Workload.idle()));
        vms.add(new Vm("kvm-b", "ssi-vm-b", 2, 4 * GIB, 20 * GIB, "h6", Workload.idle()));
        List<SsiDomain> domains = List.of(
                new SsiDomain("ssi-hosts", "kerrighed", SsiKind.KERRIGHED, List.of("h4", "h5"), 0.3, 0.02),
                new SsiDomain("ssi-vms", "mosix-virtual", SsiKind.MOSIX, List.of("kvm-a", "kvm-b"), 0.2, 0.02));
        List<Application> apps = List.of(
                new Application("app1", "mpi-job", "ssi-hosts", 8, 6, 12 * GIB, 25e6, 20e6),
                new Application("app2", "db", "vm1", 2, 1.5, 4 * GIB, 1e6, 5e6));
        return new Scenario(overloadHost1 ? "Overloaded rack" : "Stacked design", "", hosts,
                List.of(new NetworkSwitch("core", "core", 32, 1280 * GBIT), new NetworkSwitch("tor1", "rack-1 ToR", 48, 640 * GBIT),
                        new NetworkSwitch("tor2", "rack-2 ToR", 48, 640 * GBIT)),
                links, List.of(new Storage("nas", "shared NAS", 100 * GIB * 1024, 10 * GBIT)), vms, domains, apps,
                Layout.empty());
    }

    /**
     * {@link #stacked} with a third member VM of mosix-virtual on node-5 beside ssi-vm-a, and a 6-process application
     * on that domain: processes 0 and 3 on ssi-vm-a (node-5), 1 and 4 on ssi-vm-b (node-6), 2 and 5 on ssi-vm-c (node-5).
     */
    static Scenario twoMemberVmsOnOneHost() {
        Scenario s = stacked(false);
        List<Vm> vms = new ArrayList<>(s.vms());
        vms.add(new Vm("kvm-c", "ssi-vm-c", 2, 4 * GIB, 20 * GIB, "h5", Workload.idle()));
        List<SsiDomain> domains = s.ssiDomains().stream()
                .map(d -> d.id().equals("ssi-vms") ? d.withMembers(List.of("kvm-a", "kvm-b", "kvm-c")) : d).toList();
        List<Application> apps = new ArrayList<>(s.applications());
        apps.add(new Application("app3", "render", "ssi-vms", 6, 3, 3 * GIB, 40e6, 10e6));
        return s.withVms(vms).withSsiDomains(domains).withApplications(apps).withName("Two member VMs on one host");
    }
}
