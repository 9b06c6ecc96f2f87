package org.clustercomposer.analysis.utilization;

import static org.clustercomposer.analysis.TestScenarios.GBIT;
import static org.clustercomposer.analysis.TestScenarios.GIB;
import static org.clustercomposer.analysis.TestScenarios.MBIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.analysis.TestScenarios;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.topology.Hypervisor;
import org.clustercomposer.topology.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UtilizationAnalysisTest {

    private final UtilizationAnalysis analysis = UtilizationAnalysis.standard();

    private static TestScenarios twoRacks() {
        return TestScenarios.twoRacks();
    }

    @Test
    void hostCpuCountsVmsAndHypervisorOverhead() {
        Scenario s = twoRacks().vm("vm1", "h1", 4, 8 * GIB, 0.5, 0, null).build();
        ElementUtilization h1 = analysis.analyze(s).of("h1").orElseThrow();
        // 4 vCPUs at 50 % + 4 % of 16 cores for KVM.
        assertEquals((2 + 0.04 * 16) / 16, h1.cpu(), 1e-12);
        assertEquals(8.0 / 64, h1.memory(), 1e-12);
        assertFalse(h1.overloaded());
        assertTrue(h1.explanations().get(Resource.CPU).text().contains("hypervisor overhead = 4.0 %"));
    }

    @Test
    void idleVmWithoutTrafficIsPlacedOnItsHostAndNotOverloaded() {
        // Regression: a VM no traffic path ever located was reported "not placed on any host" and overloaded.
        Scenario s = twoRacks().vm("quiet", "h1", 2, 4 * GIB, 0, 0, null).build();
        ElementUtilization quiet = analysis.analyze(s).of("quiet").orElseThrow();
        assertFalse(quiet.overloaded());
        assertFalse(quiet.explanations().get(Resource.CPU).text().contains("not placed"));
    }

    @ParameterizedTest
    @CsvSource({"0.0, 100", "0.5, 175", "1.0, 250"})
    void powerIsLinearBetweenIdleAndPeak(double cpu, double watts) {
        Scenario s = TestScenarios.builder().host("h1", 8, 64 * GIB, null)
                .vm("vm1", "h1", 8, GIB, cpu, 0, null).build();
        assertEquals(watts, analysis.analyze(s).of("h1").orElseThrow().powerWatts(), 1e-9);
    }

    @Test
    void flagsMemoryOvercommitBeyondTheLimit() {
        Scenario s = TestScenarios.builder().host("h1", 16, 16 * GIB, Hypervisor.kvm())
                .vm("vm1", "h1", 2, 12 * GIB, 0.1, 0, null).vm("vm2", "h1", 2, 12 * GIB, 0.1, 0, null).build();
        assertTrue(analysis.analyze(s).of("h1").orElseThrow().overloaded());
        assertEquals(1.5, analysis.analyze(s).of("h1").orElseThrow().memory(), 1e-12);
        assertFalse(new UtilizationAnalysis(new UtilizationAnalysis.Options(1.5)).analyze(s).of("h1").orElseThrow()
                .overloaded());
    }

    @Test
    void routesTrafficBetweenRacksThroughTheCore() {
        Scenario s = twoRacks().vm("a", "h1", 2, GIB, 0.1, 800 * MBIT, "b").vm("b", "h3", 2, GIB, 0.1, 0, null)
                .build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(0.08, r.of("l1").orElseThrow().network(), 1e-12);
        assertEquals(0.02, r.of("up1").orElseThrow().network(), 1e-12);
        assertEquals(0.02, r.of("up2").orElseThrow().network(), 1e-12);
        assertEquals(0.08, r.of("l3").orElseThrow().network(), 1e-12);
        assertEquals(0.0, r.of("l2").orElseThrow().network(), 1e-12);
        assertEquals(800 * MBIT / 1e12, r.of("core").orElseThrow().network(), 1e-15);
        assertEquals(List.of("l1", "l3", "up1", "up2"), r.bottlenecks());
    }

    @Test
    void trafficInsideOneRackStaysOffTheCore() {
        Scenario s = twoRacks().vm("a", "h1", 2, GIB, 0.1, GBIT, "h2").build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(0.1, r.of("l2").orElseThrow().network(), 1e-12);
        assertEquals(0.0, r.of("up1").orElseThrow().network(), 1e-12);
    }

    @Test
    void trafficWithoutDestinationLeavesThroughTheTop() {
        Scenario s = twoRacks().vm("a", "h3", 2, GIB, 0.1, 4 * GBIT, null).build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(0.4, r.of("l3").orElseThrow().network(), 1e-12);
        assertEquals(0.1, r.of("up2").orElseThrow().network(), 1e-12);
        assertEquals(0.0, r.of("up1").orElseThrow().network(), 1e-12);
    }

    @Test
    void overloadedLinkIsFlaggedAndListedFirst() {
        Scenario s = twoRacks().vm("a", "h1", 2, GIB, 0.1, 12 * GBIT, null).build();
        UtilizationReport r = analysis.analyze(s);
        assertTrue(r.of("l1").orElseThrow().overloaded());
        assertEquals("l1", r.bottlenecks().get(0));
        assertEquals("h1", r.overloads().get(0).id(), "the host NIC is the worst: 12 / 9 Gbit/s after I/O overhead");
    }

    @Test
    void linkOffTheSpanningTreeCarriesNothing() {
        Scenario s = twoRacks().link("cross", "tor1", "tor2", 40 * GBIT)
                .vm("a", "h1", 2, GIB, 0.1, GBIT, "h3").build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(0, r.of("cross").orElseThrow().network());
        assertTrue(r.of("cross").orElseThrow().explanation().text().contains("spanning tree"));
        assertEquals(GBIT / (40 * GBIT), r.of("up1").orElseThrow().network(), 1e-12);
    }

    @Test
    void reportsTrafficBetweenDisconnectedParts() {
        Scenario s = twoRacks().host("lonely").vm("a", "h1", 2, GIB, 0.1, GBIT, "lonely").build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().get(0).contains("could not be routed"));
    }

    @Test
    void applicationOnSsiSpreadsOverMembersWithRemoteMemoryPenalty() {
        Scenario s = twoRacks().ssi("ssi", SsiKind.KERRIGHED, 0.3, 0.02, "h1", "h2")
                .app("job", "ssi", 8, 6.0, 12 * GIB, 0).build();
        UtilizationReport r = analysis.analyze(s);
        // Each member: half of 6 cores * (1 + 0.3 * 1/2) + 2 % of 16 cores + 4 % KVM of 16 cores.
        double perHost = 3 * 1.15 + 0.02 * 16 + 0.04 * 16;
        assertEquals(perHost / 16, r.of("h1").orElseThrow().cpu(), 1e-12);
        assertEquals(6.0 / 64, r.of("h2").orElseThrow().memory(), 1e-12);
        assertEquals(perHost / 16, r.of("ssi").orElseThrow().cpu(), 1e-12);
        assertEquals(ElementKind.SSI_DOMAIN, r.of("ssi").orElseThrow().kind());
    }

    @Test
    void singleProcessApplicationPaysNoRemoteMemoryPenalty() {
        Scenario s = twoRacks().ssi("ssi", SsiKind.MOSIX, 0.3, 0.0, "h1", "h2")
                .app("job", "ssi", 1, 2.0, GIB, 0).build();
        double perHost = 1.0 + 0.04 * 16;
        assertEquals(perHost / 16, analysis.analyze(s).of("h1").orElseThrow().cpu(), 1e-12);
    }

    @Test
    void ssiOverVmsLoadsTheVmsWhichLoadTheirHosts() {
        Scenario s = twoRacks().vm("v1", "h1", 4, 8 * GIB, 0.0, 0, null).vm("v2", "h3", 4, 8 * GIB, 0.0, 0, null)
                .ssi("vssi", SsiKind.KERRIGHED, 0.0, 0.05, "v1", "v2").app("job", "vssi", 4, 4.0, 4 * GIB, 0)
                .build();
        UtilizationReport r = analysis.analyze(s);
        // Each VM: 2 vCPUs of the job + 5 % of 4 vCPUs = 2.2 of 4.
        assertEquals(2.2 / 4, r.of("v1").orElseThrow().cpu(), 1e-12);
        assertEquals(2.0 / 8, r.of("v2").orElseThrow().memory(), 1e-12);
        assertEquals((2.2 + 0.04 * 16) / 16, r.of("h3").orElseThrow().cpu(), 1e-12);
        assertEquals(8.0 / 64, r.of("h1").orElseThrow().memory(), 1e-12, "the host sees the VM's whole memory");
    }

    @Test
    void vmOnAnSsiOverVmsLoadsTheMemberVmsBeforeTheirHosts() {
        // "inner" is listed first, so only the deepest-first order gets its load into v1 and v2 in time.
        Scenario s = twoRacks().vm("inner", "vssi", 2, 2 * GIB, 1.0, 0, null)
                .vm("v1", "h1", 4, 8 * GIB, 0.0, 0, null).vm("v2", "h3", 4, 8 * GIB, 0.0, 0, null)
                .ssi("vssi", SsiKind.MOSIX, 0.0, 0.0, "v1", "v2").build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(1.0 / 4, r.of("v1").orElseThrow().cpu(), 1e-12, "half of the inner VM's 2 busy vCPUs");
        assertEquals((1.0 + 0.04 * 16) / 16, r.of("h3").orElseThrow().cpu(), 1e-12);
    }

    @Test
    void aggregateVmSpansItsMembers() {
        Scenario s = twoRacks().ssi("agg", SsiKind.AGGREGATE_VM, 0.4, 0.0, "h1", "h3")
                .vm("big", "agg", 16, 96 * GIB, 0.5, 0, null).build();
        UtilizationReport r = analysis.analyze(s);
        // 8 busy vCPUs spread over two hosts, half the pages remote: 8 * (1 + 0.4 * 1/2) / 2 each.
        double perHost = 4 * (1 + 0.4 * 0.5) + 0.04 * 16;
        assertEquals(perHost / 16, r.of("h1").orElseThrow().cpu(), 1e-12);
        assertEquals(48.0 / 64, r.of("h3").orElseThrow().memory(), 1e-12);
    }

    @Test
    void vmWantingMoreThanItsVcpusIsOverloadedButHostSeesOnlyItsVcpus() {
        Scenario s = twoRacks().vm("v1", "h1", 2, 4 * GIB, 1.0, 0, null).app("hog", "v1", 4, 4.0, GIB, 0).build();
        UtilizationReport r = analysis.analyze(s);
        assertEquals(2.0, r.of("v1").orElseThrow().cpu(), 1e-12, "4 cores of application in 2 vCPUs");
        assertTrue(r.of("v1").orElseThrow().overloaded());
        assertEquals((2 + 0.04 * 16) / 16, r.of("h1").orElseThrow().cpu(), 1e-12);
    }

    @Test
    void vmWorkloadAlreadyIncludesWhatRunsInsideSoTheLargerCounts() {
        Scenario s = twoRacks().vm("v1", "h1", 4, 8 * GIB, 0.5, 0, null).app("job", "v1", 1, 1.0, GIB, 0).build();
        assertEquals(0.5, analysis.analyze(s).of("v1").orElseThrow().cpu(), 1e-12);
        Scenario busier = twoRacks().vm("v1", "h1", 4, 8 * GIB, 0.5, 0, null).app("job", "v1", 3, 3.0, GIB, 0).build();
        assertEquals(0.75, analysis.analyze(busier).of("v1").orElseThrow().cpu(), 1e-12);
    }

    @Test
    void summaryAddsUpHosts() {
        Scenario s = twoRacks().vm("v1", "h1", 4, 8 * GIB, 1.0, 0, null).build();
        UtilizationReport.Summary sum = analysis.analyze(s).summary();
        assertEquals(3, sum.hosts());
        assertEquals(48, sum.cpuCapacityCores());
        assertEquals(4 + 3 * 0.04 * 16, sum.cpuDemandCores(), 1e-12);
        assertTrue(sum.powerWatts() > 300);
    }

    @Test
    void availableBandwidthIsTheSlowestLinksSpareCapacityOrAFairTcpShare() {
        Scenario s = twoRacks().vm("a", "h1", 2, GIB, 0.1, 6 * GBIT, "h3").build();
        NetworkLoad n = new NetworkLoad(s);
        DemandFlow f = new DemandFlow(s, n);
        f.run();
        // l1 has 4 Gbit/s spare, but TCP shares it fairly with the one flow already there: 5 Gbit/s.
        assertEquals(5 * GBIT, n.availableBandwidth("h1", "h3"), 1e-3);
        assertEquals(10 * GBIT, n.availableBandwidth("h3", "h1"), 1e-3, "the other direction is free");
        assertEquals(List.of("l1", "up1", "up2", "l3"),
                n.path("h1", "h3").stream().map(Link::id).toList());
    }
}
