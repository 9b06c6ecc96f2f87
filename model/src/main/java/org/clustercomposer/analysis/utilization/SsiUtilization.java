package org.clustercomposer.analysis.utilization;

import java.util.List;
import java.util.function.Function;

import org.clustercomposer.analysis.Explanation;
import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.units.Dimension;

/** An SSI domain's utilization: its members' demand over its members' capacity. */
final class SsiUtilization {

    private SsiUtilization() {
    }

    static ElementUtilization of(SsiMembers m, Function<String, ElementUtilization> members, Scenario s) {
        double cpuDemand = 0;
        double cpuCapacity = 0;
        double memDemand = 0;
        double memCapacity = 0;
        boolean memberOverloaded = false;
        for (int k = 0; k < m.size(); k++) {
            int i = m.members()[k];
            String id;
            double cores;
            double memory;
            if (m.overVms()) {
                var vm = s.vms().get(i);
                id = vm.id();
                cores = vm.vcpus();
                memory = vm.memory();
            } else {
                var host = s.hosts().get(i);
                id = host.id();
                cores = host.cores();
                memory = host.memory();
            }
            ElementUtilization u = members.apply(id);
            if (u == null) {
                continue;
            }
            cpuDemand += u.cpu() * cores;
            cpuCapacity += cores;
            memDemand += u.memory() * memory;
            memCapacity += memory;
            memberOverloaded |= u.overloaded();
        }
        double cpu = UtilizationAnalysis.ratio(cpuDemand, cpuCapacity);
        double memory = UtilizationAnalysis.ratio(memDemand, memCapacity);
        String memberKind = m.overVms() ? "member VMs" : "member hosts";
        Explanation cpuWhy = new Explanation(ElementExplanations.CPU_MODEL,
                "cpu = sum of " + memberKind + "' CPU demand / their capacity",
                List.of(Input.number("demand (cores)", cpuDemand), Input.number("capacity (cores)", cpuCapacity),
                        Input.count("members", m.size()),
                        Input.fraction("scheduling overhead", m.domain().schedulingOverhead()),
                        Input.fraction("remote-memory penalty", m.domain().remoteMemoryPenalty())));
        Explanation memWhy = new Explanation(ElementExplanations.MEMORY_MODEL,
                "memory = sum of " + memberKind + "' memory demand / their memory",
                List.of(Input.of("demand", memDemand, Dimension.SIZE), Input.of("capacity", memCapacity, Dimension.SIZE)));
        if (memberOverloaded) {
            cpuWhy = cpuWhy.withNote("a member is overloaded");
        }
        return ElementUtilization.of(m.domain().id(), ElementKind.SSI_DOMAIN, cpu, memory, Double.NaN, Double.NaN,
                cpu > 1 || memory > 1 || memberOverloaded, ElementExplanations.map(cpuWhy, memWhy, null, null));
    }
}
