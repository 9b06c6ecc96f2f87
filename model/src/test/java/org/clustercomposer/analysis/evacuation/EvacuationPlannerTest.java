package org.clustercomposer.analysis.evacuation;

import static org.clustercomposer.analysis.TestScenarios.GBIT;
import static org.clustercomposer.analysis.TestScenarios.GIB;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.clustercomposer.analysis.TestScenarios;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.PreCopyMigrationModel;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.topology.Hypervisor;
import org.junit.jupiter.api.Test;

class EvacuationPlannerTest {

    private final EvacuationPlanner planner = EvacuationPlanner.standard();

    /** Two racks with shared storage on the core switch. */
    private static TestScenarios racks() {
        return TestScenarios.twoRacks().storage("nas").link("ls", "nas", "core", 10 * GBIT);
    }

    @Test
    void drainMovesEveryVmToTheNearestHostWithRoom() {
        Scenario s = racks().vm("a", "h1", 2, 8 * GIB, 0.2, 0, null).vm("b", "h1", 2, 4 * GIB, 0.2, 0, null).build();
        PlanCost plan = planner.drain(s, "h1");
        assertEquals(List.of(), plan.refused());
        assertEquals(2, plan.moves().size());
        assertTrue(plan.moves().stream().allMatch(m -> m.move().to().equals("h2")), "h2 shares the rack");
        assertTrue(plan.after().vms().stream().noneMatch(v -> v.placedOn().equals("h1")));
    }

    @Test
    void movesSharingALinkSplitItsBandwidth() {
        Scenario s = racks().vm("a", "h1", 2, 8 * GIB, 0.2, 0, null).vm("b", "h1", 2, 8 * GIB, 0.2, 0, null).build();
        PlanCost plan = planner.drain(s, "h1");
        for (MoveCost m : plan.moves()) {
            assertEquals(5 * GBIT, m.bandwidth(), 1e-3);
            assertEquals(2, m.sharedWith());
        }
        double alone = new PreCopyMigrationModel().cost(MigrationRequest.of(8 * GIB, 50 * (1 << 20), 10 * GBIT)
                .withWritableWorkingSet(256 * (1 << 20))).totalSeconds();
        assertTrue(plan.totalSeconds() > 1.8 * alone, plan.totalSeconds() + " vs alone " + alone);
    }

    @Test
    void bandwidthIsHandedBackWhenAMoveFinishes() {
        // A small and a large VM share h1's link: the large one runs at the full link once the small is done.
        Scenario s = racks().vm("a", "h1", 2, 16 * GIB, 0.2, 0, null).vm("b", "h1", 1, 1 * GIB, 0.1, 0, null).build();
        PlanCost plan = planner.drain(s, "h1");
        MoveCost large = plan.moves().stream().filter(m -> m.move().vmId().equals("a")).findFirst().orElseThrow();
        MoveCost small = plan.moves().stream().filter(m -> m.move().vmId().equals("b")).findFirst().orElseThrow();
        assertTrue(small.finishSeconds() < large.finishSeconds());
        assertTrue(plan.totalSeconds() < large.cost().totalSeconds() * 0.75,
                plan.totalSeconds() + " must be well under the bound " + large.cost().totalSeconds());
        assertEquals(plan.totalSeconds(), large.finishSeconds(), 1e-9);
    }

    @Test
    void drainingAnSsiNodeSaysTheImageLosesIt() {
        Scenario s = racks().ssi("ssi1", SsiKind.KERRIGHED, 0.3, 0.02, "h1", "h2").build();
        PlanCost plan = planner.drain(s, "h1");
        assertEquals(0, plan.moves().size());
        assertEquals(1, plan.notes().size(), plan.notes().toString());
        assertTrue(plan.notes().get(0).contains("leaves the single system image 1 of 2 nodes"), plan.notes().get(0));
    }

    @Test
    void reportsVmsThatFitNowhere() {
        Scenario s = TestScenarios.builder().host("h1").host("h2", 16, 8 * GIB, Hypervisor.kvm())
                .switchNode("sw", 1e11).link("l1", "h1", "sw", 10 * GBIT).link("l2", "h2", "sw", 10 * GBIT)
                .vm("big", "h1", 2, 32 * GIB, 0.2, 0, null).vm("small", "h1", 1, 2 * GIB, 0.1, 0, null).build();
        PlanCost plan = planner.drain(s, "h1");
        assertEquals(1, plan.moves().size());
        assertEquals("small", plan.moves().get(0).move().vmId());
        assertTrue(plan.refused().get(0).startsWith("big: no reachable host has 32 GiB"), plan.refused().toString());
    }

    @Test
    void applyRefusesMovesFromTheWrongHostOrWithoutRoom() {
        Scenario s = racks().vm("a", "h1", 2, 60 * GIB, 0.2, 0, null).vm("b", "h2", 2, 8 * GIB, 0.2, 0, null).build();
        PlanCost plan = planner.apply(s, List.of(new Move("a", "h1", "h2"), new Move("b", "h1", "h3"),
                new Move("ghost", "h1", "h3")));
        assertEquals(0, plan.moves().size());
        assertEquals(3, plan.refused().size());
        assertTrue(plan.refused().get(0).contains("not enough free memory"), plan.refused().toString());
        assertTrue(plan.refused().get(1).contains("runs on h2"));
    }

    @Test
    void localDisksAreCopiedWithoutSharedStorage() {
        Scenario shared = racks().vm("a", "h1", 2, 8 * GIB, 0.2, 0, null).build();
        Scenario local = shared.withStorages(List.of());
        double withNas = planner.apply(shared, List.of(new Move("a", "h1", "h3"))).totalSeconds();
        double withoutNas = planner.apply(local, List.of(new Move("a", "h1", "h3"))).totalSeconds();
        // The 40 GiB disk crosses a 10 Gbit/s path too.
        assertTrue(withoutNas > withNas + 30, withoutNas + " vs " + withNas);
    }
}
