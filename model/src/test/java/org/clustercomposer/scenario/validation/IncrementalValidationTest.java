package org.clustercomposer.scenario.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustercomposer.scenario.RandomEdits;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** After every random edit, the incremental validation gives exactly the problems of a full one. */
class IncrementalValidationTest {

    @ParameterizedTest
    @CsvSource({"40, 300, 6, 1", "60, 240, 10, 2", "25, 120, 4, 3", "80, 400, 0, 4", "30, 200, 12, 5"})
    void everyEditGivesTheFullValidationsProblems(int hosts, int vms, int domains, long seed) {
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(hosts, vms, domains, seed));
        IncrementalValidation incremental = new IncrementalValidation();
        assertEquals(ScenarioValidator.validate(s), incremental.validate(s), "the generated design");
        RandomEdits edits = new RandomEdits(seed);
        Random random = new Random(seed);
        int inPlace = 0;
        int withProblems = 0;
        List<String> done = new ArrayList<>();
        for (int step = 0; step < 200; step++) {
            StringBuilder name = new StringBuilder();
            Scenario before = s;
            s = random.nextInt(3) == 0 ? breakARule(s, random, name) : edits.next(s, name);
            done.add(name.toString());
            List<Problem> expected = ScenarioValidator.validate(s);
            assertEquals(expected, incremental.validate(s), "after " + String.join("; ",
                    done.subList(Math.max(0, done.size() - 4), done.size())));
            inPlace += incremental.lastFullValidationReason().isEmpty() ? 1 : 0;
            withProblems += expected.isEmpty() ? 0 : 1;
            if (!expected.isEmpty() && random.nextInt(3) == 0) {
                s = before; // undo: the problems go again, and the kept ones must go with them
                done.add("undo");
                assertEquals(ScenarioValidator.validate(s), incremental.validate(s), "after undo");
            }
        }
        // The property says nothing if every step fell back to a full validation, or no step had a problem.
        assertTrue(inPlace > 100, "only " + inPlace + " of 200 edits were validated incrementally");
        assertTrue(withProblems > 40, "only " + withProblems + " of 200 edits left problems");
    }

    @Test
    void theSameScenarioIsValidatedOnceForEveryoneWhoAsks() {
        Scenario s = new ScenarioGenerator().generate(new GeneratorParameters(10, 40, 2, 7));
        IncrementalValidation validation = new IncrementalValidation();
        List<Problem> first = validation.validate(s);
        assertSame(first, validation.validate(s), "the Problems panel and the predictor share one result");
    }

    // Edits that break one rule of one element (most in place), or rename one to an id in use (not in place).
    private static Scenario breakARule(Scenario s, Random random, StringBuilder name) {
        Vm vm = s.vms().get(random.nextInt(s.vms().size()));
        Host host = s.hosts().get(random.nextInt(s.hosts().size()));
        switch (random.nextInt(8)) {
            case 0 -> {
                name.append("negative memory of ").append(vm.id());
                return s.withElement(vm.withMemory(-4.0 * (1 << 30)));
            }
            case 1 -> {
                name.append("control character in the name of ").append(vm.id());
                return s.withElement(vm.withName(vm.name() + "\u0007"));
            }
            case 2 -> {
                name.append("no cores on ").append(host.id());
                return s.withElement(host.withCores(0));
            }
            case 3 -> {
                name.append("VM on nothing: ").append(vm.id());
                return s.withElement(vm.withPlacedOn("nowhere"));
            }
            case 4 -> {
                name.append("a huge VM: ").append(vm.id());
                return s.withElement(vm.withVcpus(4000));
            }
            case 5 -> {
                Link link = s.links().get(random.nextInt(s.links().size()));
                name.append("negative bandwidth of ").append(link.id());
                return s.withElement(new Link(link.id(), link.from(), link.to(), -link.bandwidth(), link.latency()));
            }
            case 6 -> {
                if (s.ssiDomains().isEmpty()) {
                    name.append("no domain to empty");
                    return s;
                }
                SsiDomain d = s.ssiDomains().get(random.nextInt(s.ssiDomains().size()));
                name.append("no members in ").append(d.id());
                return s.withElement(d.withMembers(List.of()));
            }
            default -> {
                List<Vm> vms = new ArrayList<>(s.vms());
                int i = random.nextInt(vms.size());
                name.append("rename ").append(vms.get(i).id()).append(" to ").append(host.id());
                vms.set(i, vms.get(i).withId(host.id()));
                return s.withVms(vms);
            }
        }
    }
}
