package org.clustercomposer.simulation.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.clustercomposer.scenario.Layout;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.scenario.Workload;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Hypervisor;
import org.junit.jupiter.api.Test;

/**
 * A threshold policy's target is judged on its VMs' recent demand as well as on this step's draw
 * (decision 0311): best fit seeks the busiest host that fits, so on one draw it
 * picks the hosts that drew low, which overload again the steps after.
 */
class RecentDemandTargetTest {

    private static final double GIB = 1L << 30;
    private static final Thresholds THRESHOLDS = Thresholds.defaults(); // 0.2 / 0.8
    private static final int SOURCE = 0;
    private static final int DREW_LOW = 1;
    private static final int STEADY = 2;

    /** h0 holds the VM to move (1 core); h1 ran at 68 % for three steps and draws 58 % now; h2 stays at 50 %. */
    private static ClusterModel cluster() {
        Hypervisor plain = new Hypervisor("kvm", 0, 0);
        List<Host> hosts = List.of(
                new Host("h0", "h0", 16, 2.4e9, 64 * GIB, 1.25e9, 100, 200, plain),
                new Host("h1", "h1", 10, 2.4e9, 64 * GIB, 1.25e9, 100, 200, plain),
                new Host("h2", "h2", 10, 2.4e9, 64 * GIB, 1.25e9, 100, 200, plain));
        List<Vm> vms = List.of(
                new Vm("moving", "moving", 1, 2 * GIB, 0, "h0", new Workload(1, 0, 0, 0, null)),
                new Vm("wanders", "wanders", 10, 2 * GIB, 0, "h1", new Workload(0.68, 0, 0, 0, null)),
                new Vm("steady", "steady", 10, 2 * GIB, 0, "h2", new Workload(0.5, 0, 0, 0, null)));
        ClusterModel c = new ClusterModel(new Scenario("drew-low", "", hosts, List.of(), List.of(), List.of(), vms,
                List.of(), List.of(), Layout.empty()));
        for (int v = 0; v < vms.size(); v++) {
            c.placeVm(v, v);
            c.setUtilization(v, vms.get(v).workload().cpuUtilization());
        }
        return c;
    }

    private static int targetAfterALowDraw(Hysteresis hysteresis) {
        ClusterModel c = cluster();
        ChurnGuard guard = new ChurnGuard(hysteresis);
        for (int step = 0; step < 3; step++) {
            guard.observe(c, THRESHOLDS, c::utilization);
        }
        c.setUtilization(DREW_LOW, 0.58);
        guard.observe(c, THRESHOLDS, c::utilization);
        return guard.bestFit(c, 0, SOURCE, null, hysteresis.ceiling(THRESHOLDS.upper()), false);
    }

    @Test
    void passesOverAHostThatOnlyDrewLowThisStep() {
        // On this step's draw h1 would end at 68 % (busiest under the 70 % ceiling); on its recent demand at 73 %.
        assertEquals(STEADY, targetAfterALowDraw(Hysteresis.defaults()));
    }

    @Test
    void withoutHysteresisJudgesThisStepOnlyAsTheStaticThresholdAlgorithmDoes() {
        // One step spans the moving average: the CloudSim rule, busiest host that fits now.
        assertEquals(DREW_LOW, targetAfterALowDraw(new Hysteresis(1, 0, 0.1)));
    }

    @Test
    void countsTheMovingVmsOwnRecentDemand() {
        ClusterModel c = cluster();
        ChurnGuard guard = new ChurnGuard(Hysteresis.defaults());
        c.setUtilization(DREW_LOW, 0.5);
        c.setUtilization(STEADY, 0.58);
        for (int step = 0; step < 3; step++) {
            guard.observe(c, THRESHOLDS, c::utilization);
        }
        // The VM draws a tenth of its usual core: on this draw h2 ends at 59 %, on its recent 0.55 core at 63.5 %.
        c.setUtilization(0, 0.1);
        guard.observe(c, THRESHOLDS, c::utilization);
        assertEquals(DREW_LOW, guard.bestFit(c, 0, SOURCE, null, 0.62, false));
    }
}
