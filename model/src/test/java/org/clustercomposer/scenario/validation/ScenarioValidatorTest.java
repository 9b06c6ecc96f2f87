package org.clustercomposer.scenario.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.Fixtures;
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
import org.clustercomposer.topology.Storage;
import org.junit.jupiter.api.Test;

class ScenarioValidatorTest {

    private static final double GIB = Fixtures.GIB;

    private final Scenario valid = Fixtures.small();

    @Test
    void acceptsAValidScenario() {
        assertEquals(List.of(), ScenarioValidator.validate(valid));
        assertEquals(List.of(), ScenarioValidator.validate(Scenario.empty("nothing")));
    }

    @Test
    void reportsNegativeMemoryWithUnits() {
        assertProblems(valid.withVms(replace(valid.vms(), 1, v -> new Vm(v.id(), v.name(), v.vcpus(), -4 * GIB,
                        v.disk(), v.placedOn(), v.workload()))),
                "/vms/1/memory: must be positive, got \"-4 GiB\"");
    }

    @Test
    void reportsZeroAndAbsurdHostFigures() {
        Host h = valid.hosts().get(0);
        assertProblems(valid.withHosts(replace(valid.hosts(), 0, x -> new Host(h.id(), h.name(), 0, 2.4e12,
                        0x1p51, h.nicBandwidth(), 300, 250, h.hypervisor()))),
                "/hosts/0/cores: must be at least 1, got 0",
                "/hosts/0/coreSpeed: must be at most \"10 GHz\", got \"2400 GHz\" (is the unit right?)",
                "/hosts/0/memory: must be at most \"1024 TiB\", got \"2048 TiB\" (is the unit right?)",
                "/hosts/0/idlePower: must not exceed peakPower (\"250 W\"), got \"300 W\"",
                "/vms/0/vcpus: 4 vCPUs are more than the 0 cores of host \"h1\"",
                "/vms/1/vcpus: 8 vCPUs are more than the 0 cores of host \"h1\"");
    }

    @Test
    void reportsFractionsOutsideZeroToOne() {
        Vm vm = valid.vms().get(0);
        Scenario s = valid.withVms(replace(valid.vms(), 0, v -> v.withWorkload(v.workload().withCpuUtilization(1.5))))
                .withHosts(replace(valid.hosts(), 1, h -> h.withHypervisor(new Hypervisor("kvm", 1, -0.1))));
        assertProblems(s,
                "/hosts/1/hypervisor/cpuOverhead: must be between 0 and 1 (excluded), got 1",
                "/hosts/1/hypervisor/ioOverhead: must be between 0 and 1 (excluded), got -0.1",
                "/vms/0/workload/cpuUtilization: must be between 0 and 1, got 1.5");
        assertTrue(vm.workload().cpuUtilization() <= 1);
    }

    @Test
    void reportsNonFiniteNumbers() {
        assertProblems(valid.withLayout(valid.layout().with("h2", new Position(Double.NaN, 4))),
                "/layout/h2/x: must be a finite number, got NaN");
    }

    @Test
    void reportsDuplicateAndEmptyIds() {
        Storage nas = valid.storages().get(0);
        assertProblems(valid.withStorages(List.of(nas, new Storage("h2", "x", 1, 1), new Storage("", "y", 1, 1))),
                "/storages/1/id: duplicate id \"h2\", also used by /hosts/1",
                "/storages/2/id: must not be empty");
    }

    @Test
    void reportsDanglingReferences() {
        Scenario s = valid
                .withVms(replace(valid.vms(), 0, v -> v.withPlacedOn("h9")))
                .withApplications(replace(valid.applications(), 0, a -> a.withPlacedOn("nowhere")))
                .withLinks(replace(valid.links(), 0, l -> new Link(l.id(), "h1", "sw9", l.bandwidth(), l.latency())))
                .withSsiDomains(replace(valid.ssiDomains(), 0, d -> d.withMembers(List.of("h3", "ghost"))));
        assertProblems(s,
                "/links/0/to: no element has id \"sw9\"",
                "/vms/0/placedOn: no element has id \"h9\"",
                "/ssiDomains/0/members/1: no element has id \"ghost\"",
                "/applications/0/placedOn: no element has id \"nowhere\"");
    }

    @Test
    void reportsTrafficToUnknownOrSelf() {
        assertProblems(valid.withVms(List.of(withTraffic(valid.vms().get(0), "vm1"),
                        withTraffic(valid.vms().get(1), "l3"))),
                "/vms/0/workload/trafficTo: a VM cannot send its traffic to itself; leave trafficTo out for traffic"
                        + " leaving the cluster",
                "/vms/1/workload/trafficTo: \"l3\" is a link; traffic goes to a host, switch, storage, VM or SSI domain");
    }

    @Test
    void reportsVmOnHostWithoutHypervisor() {
        assertProblems(valid.withVms(replace(valid.vms(), 1, v -> v.withPlacedOn("h3"))),
                "/vms/1/placedOn: host \"h3\" has no hypervisor; give it one or place the VM on a host that has one");
    }

    @Test
    void reportsVmOnSomethingThatCannotRunIt() {
        assertProblems(valid.withVms(replace(valid.vms(), 1, v -> v.withPlacedOn("sw1"))),
                "/vms/1/placedOn: \"sw1\" is a switch; a VM runs on a host or an SSI domain");
    }

    @Test
    void reportsVmLargerThanItsHost() {
        assertProblems(valid.withVms(replace(valid.vms(), 1, v -> new Vm(v.id(), v.name(), 32, 96 * GIB, v.disk(),
                        v.placedOn(), v.workload()))),
                "/vms/1/memory: \"96 GiB\" does not fit on host \"h1\", which has \"64 GiB\"",
                "/vms/1/vcpus: 32 vCPUs are more than the 16 cores of host \"h1\"");
    }

    @Test
    void aggregateVmMayUseAllMembersButAProcessVmOnlyOne() {
        SsiDomain aggregate = new SsiDomain("agg", "vSMP", SsiKind.AGGREGATE_VM, List.of("h3", "h4"), 0.3, 0.02);
        Vm big = new Vm("big", "big", 24, 100 * GIB, 0, "agg", Workload.idle());
        Scenario s = valid.withSsiDomains(List.of(aggregate)).withVms(List.of(big)).withApplications(List.of());
        assertProblems(s);
        assertProblems(s.withSsiDomains(List.of(new SsiDomain("agg", "k", SsiKind.KERRIGHED, List.of("h3", "h4"),
                        0.3, 0.02))),
                "/vms/0/memory: \"100 GiB\" does not fit on SSI domain \"agg\" (its largest member), which has"
                        + " \"64 GiB\"",
                "/vms/0/vcpus: 24 vCPUs are more than the 16 cores of SSI domain \"agg\" (its largest member)");
    }

    @Test
    void reportsSsiMixingHostsAndVms() {
        assertProblems(valid.withSsiDomains(replace(valid.ssiDomains(), 1, d -> d.withMembers(List.of("vm1", "h2")))),
                "/ssiDomains/1/members: mixes hosts (\"h2\") and VMs (\"vm1\"); an SSI domain spans hosts or VMs,"
                        + " not both");
    }

    @Test
    void reportsMachineInTwoSsiDomainsAndRepeatedOrMissingMembers() {
        assertProblems(valid.withSsiDomains(List.of(valid.ssiDomains().get(0),
                        new SsiDomain("again", "x", SsiKind.MOSIX, List.of("h4", "h2", "h2"), 0.1, 0.01),
                        new SsiDomain("none", "y", SsiKind.GENERIC, List.of(), 0.1, 0.01))),
                "/ssiDomains/1/members/0: \"h4\" already belongs to SSI domain \"ssi1\"; a machine runs one SSI",
                "/ssiDomains/1/members/2: \"h2\" is listed twice",
                "/ssiDomains/2/members: must list at least one member");
    }

    @Test
    void reportsSsiMembersTheNetworkDoesNotConnect() {
        // h4 loses its link: an SSI over h3 and h4 cannot work.
        assertProblems(valid.withLinks(valid.links().stream().filter(l -> !l.from().equals("h4")).toList()),
                "/ssiDomains/0/members: members \"h3\" and \"h4\" run on machines the network does not connect;"
                        + " link them through a switch");
    }

    @Test
    void reportsVirtualSsiWhoseVmsRunOnUnconnectedHosts() {
        Scenario s = valid.withLinks(valid.links().stream().filter(l -> !l.from().equals("h2")).toList())
                .withVms(replace(valid.vms(), 1, v -> v.withPlacedOn("h2")));
        assertProblems(s, "/ssiDomains/1/members: members \"vm1\" and \"vm2\" run on machines the network does not"
                + " connect; link them through a switch");
    }

    @Test
    void reportsStackingCycleDirect() {
        // vssi spans vm1 and vm2; vm2 runs on vssi itself.
        assertProblems(valid.withVms(replace(valid.vms(), 1, v -> v.withPlacedOn("vssi"))),
                "/ssiDomains/1/members: stacking cycle: \"vssi\" spans \"vm2\", which runs on \"vssi\"; a layer"
                        + " cannot run on itself");
    }

    @Test
    void reportsStackingCycleThroughAnotherLayer() {
        // outer spans vm3, which runs on inner; inner spans vm1, which runs on outer.
        List<Vm> vms = new ArrayList<>(replace(valid.vms(), 0, v -> v.withPlacedOn("outer")));
        vms.add(new Vm("vm3", "vm3", 8, 16 * GIB, 0, "inner", Workload.idle()));
        Scenario s = valid.withVms(vms).withSsiDomains(List.of(valid.ssiDomains().get(0),
                new SsiDomain("inner", "i", SsiKind.GENERIC, List.of("vm1", "vm2"), 0.1, 0.01),
                new SsiDomain("outer", "o", SsiKind.GENERIC, List.of("vm3"), 0.1, 0.01)));
        assertProblems(s, "/ssiDomains/1/members: stacking cycle: \"inner\" spans \"vm1\", which runs on \"outer\","
                + " which spans \"vm3\", which runs on \"inner\"; a layer cannot run on itself");
    }

    @Test
    void reportsLinksBetweenNonNetworkElementsAndSelfLinks() {
        assertProblems(valid.withLinks(List.of(new Link("a", "vm1", "sw1", 1e9, 0), new Link("b", "sw1", "sw1", 1e9, 0))),
                "/links/0/from: \"vm1\" is a VM; links connect hosts, switches and storages",
                "/links/1/to: a link cannot connect \"sw1\" to itself",
                "/ssiDomains/0/members: members \"h3\" and \"h4\" run on machines the network does not connect;"
                        + " link them through a switch");
    }

    @Test
    void reportsSwitchWithMoreLinksThanPorts() {
        assertProblems(valid.withSwitches(List.of(new NetworkSwitch("sw1", "tiny", 4, 1e10))),
                "/switches/0/ports: 5 links end at \"sw1\" but it has only 4 ports");
    }

    @Test
    void reportsApplicationOnALinkAndBadCounts() {
        assertProblems(valid.withApplications(List.of(new Application("a", "a", "l1", 0, -1, 0, 0, 0))),
                "/applications/0/processes: must be at least 1, got 0",
                "/applications/0/cpuDemand: must not be negative, got -1",
                "/applications/0/placedOn: \"l1\" is a link; an application runs on a host, a VM or an SSI domain");
    }

    @Test
    void reportsWorkingSetLargerThanTheVm() {
        assertProblems(valid.withVms(replace(valid.vms(), 0, v -> v.withWorkload(new Workload(0.1, 0, 16 * GIB, 0,
                        null)))),
                "/vms/0/workload/writableWorkingSet: must not exceed the VM's memory (\"8 GiB\"), got \"16 GiB\"");
    }

    private static Vm withTraffic(Vm vm, String to) {
        Workload w = vm.workload();
        return vm.withWorkload(new Workload(w.cpuUtilization(), w.dirtyRate(), w.writableWorkingSet(),
                w.networkTraffic(), to));
    }

    static <T> List<T> replace(List<T> list, int index, UnaryOperator<T> change) {
        List<T> copy = new ArrayList<>(list);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    private static void assertProblems(Scenario s, String... expected) {
        assertEquals(List.of(expected), ScenarioValidator.validate(s).stream().map(Problem::describe).toList());
    }
}
