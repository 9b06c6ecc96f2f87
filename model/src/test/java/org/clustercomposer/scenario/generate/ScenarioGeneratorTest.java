package org.clustercomposer.scenario.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.io.ScenarioFiles;
import org.clustercomposer.scenario.validation.ScenarioValidator;
import org.clustercomposer.topology.Host;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScenarioGeneratorTest {

    private final ScenarioGenerator generator = new ScenarioGenerator();

    @Test
    void sameSeedGivesTheSameScenario() {
        GeneratorParameters p = new GeneratorParameters(200, 1500, 12, 7);
        assertEquals(generator.generate(p), generator.generate(p));
    }

    @Test
    void otherSeedGivesAnotherScenario() {
        assertNotEquals(generator.generate(new GeneratorParameters(200, 1500, 12, 7)),
                generator.generate(new GeneratorParameters(200, 1500, 12, 8)));
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 0", "3, 10, 1", "40, 300, 4", "41, 0, 20", "200, 1500, 12", "500, 2000, 300"})
    void generatesTheRequestedSizes(int hosts, int vms, int ssi) {
        Scenario s = generator.generate(new GeneratorParameters(hosts, vms, ssi, 1));
        assertEquals(hosts, s.hosts().size());
        assertEquals(vms, s.vms().size());
        assertEquals(ssi, s.ssiDomains().size());
        int racks = (hosts + 39) / 40;
        assertEquals(racks + 2, s.switches().size(), "a ToR per rack and two core switches");
        assertTrue(s.layout().positions().keySet().containsAll(s.hosts().stream().map(Host::id).toList()));
    }

    @Test
    void neverExceedsAHostsMemoryAndPutsVmsOnlyOnKvmHosts() {
        Scenario s = generator.generate(new GeneratorParameters(100, 1500, 10, 3));
        Map<String, Host> hosts = new HashMap<>();
        s.hosts().forEach(h -> hosts.put(h.id(), h));
        Map<String, Double> used = new HashMap<>();
        for (Vm vm : s.vms()) {
            Host host = hosts.get(vm.placedOn());
            assertTrue(host.isVirtualized(), vm.id() + " is on a KVM host");
            used.merge(host.id(), vm.memory(), Double::sum);
        }
        used.forEach((id, memory) -> assertTrue(memory <= hosts.get(id).memory(), id));
    }

    @Test
    void hostDomainsStayInOneRackOfBareHosts() {
        Scenario s = generator.generate(new GeneratorParameters(400, 2000, 20, 5));
        Map<String, Host> hosts = new HashMap<>();
        s.hosts().forEach(h -> hosts.put(h.id(), h));
        for (SsiDomain d : s.ssiDomains()) {
            if (hosts.containsKey(d.members().get(0))) {
                assertTrue(d.members().size() >= 2);
                long racks = d.members().stream().map(m -> (Integer.parseInt(m.substring(1)) - 1) / 40).distinct()
                        .count();
                assertEquals(1, racks, d.id());
                assertTrue(d.members().stream().noneMatch(m -> hosts.get(m).isVirtualized()), d.id());
            }
        }
    }

    @Test
    void aRealisticDesignHasHostsAtThirtyToSeventyPercentAndAlmostNoOverloads() {
        // The README's ratio (10 VMs and 0.1 SSI domains per host) at a tenth of its size.
        Scenario s = generator.generate(new GeneratorParameters(1000, 10_000, 100, 42));
        org.clustercomposer.analysis.utilization.UtilizationReport report =
                org.clustercomposer.analysis.utilization.UtilizationAnalysis.standard().analyze(s);
        List<org.clustercomposer.analysis.utilization.ElementUtilization> hosts = report.ofKind(
                org.clustercomposer.scenario.ElementKind.HOST).stream().filter(u -> u.cpu() > 0.05).toList();
        long inAim = hosts.stream().filter(u -> u.cpu() >= 0.3 && u.cpu() <= 0.7 + 1e-9).count();
        assertTrue(inAim >= 0.6 * hosts.size(), inAim + " of " + hosts.size() + " busy hosts at 30-70 % CPU");
        assertTrue(hosts.stream().allMatch(u -> u.cpu() <= 0.9), "no host above 90 % CPU");
        assertTrue(report.overloads().size() <= s.hosts().size() / 100, report.overloads().size() + " overloads");
    }

    @Test
    void refusesMoreVmsThanTheHostsCanHold() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> generator.generate(new GeneratorParameters(2, 1000, 0, 1)));
        assertTrue(e.getMessage().startsWith("cannot place 1000 VMs on 2 hosts: their memory is full after "),
                e.getMessage());
    }

    @Test
    void refusesImpossibleParameters() {
        assertEquals("hosts must be between 1 and 1000000, got 0",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorParameters(0, 0, 0, 1)).getMessage());
        assertEquals("ssi domains must be between 0 and 3 (each spans at least two hosts or two VMs), got 4",
                assertThrows(IllegalArgumentException.class, () -> new GeneratorParameters(4, 3, 4, 1)).getMessage());
    }

    @Test
    void generatedScenarioRoundTripsThroughItsFile() throws Exception {
        Scenario s = generator.generate(new GeneratorParameters(120, 800, 8, 11));
        assertEquals(s, ScenarioFiles.read(ScenarioFiles.toJson(s)));
    }

    @ParameterizedTest
    @CsvSource({"1, 0, 0, 1", "3, 10, 1, 2", "41, 0, 20, 3", "200, 1500, 12, 4", "500, 2000, 300, 5",
            "1000, 12000, 60, 6"})
    void generatedScenarioValidatesClean(int hosts, int vms, int ssi, long seed) {
        Scenario s = generator.generate(new GeneratorParameters(hosts, vms, ssi, seed));
        assertEquals(List.of(), ScenarioValidator.validate(s));
    }
}
