package org.clustercomposer.bench.cloudsim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.cloudsimplus.allocationpolicies.migration.VmAllocationPolicyMigrationBestFitStaticThreshold;
import org.cloudsimplus.brokers.DatacenterBrokerSimple;
import org.cloudsimplus.cloudlets.Cloudlet;
import org.cloudsimplus.cloudlets.CloudletSimple;
import org.cloudsimplus.core.CloudSimPlus;
import org.cloudsimplus.datacenters.DatacenterSimple;
import org.cloudsimplus.hosts.Host;
import org.cloudsimplus.hosts.HostSimple;
import org.cloudsimplus.hosts.HostSuitability;
import org.cloudsimplus.power.models.PowerModelHostSimple;
import org.cloudsimplus.resources.Pe;
import org.cloudsimplus.resources.PeSimple;
import org.cloudsimplus.schedulers.vm.VmSchedulerTimeShared;
import org.cloudsimplus.selectionpolicies.VmSelectionPolicyMinimumUtilization;
import org.cloudsimplus.util.Log;
import org.cloudsimplus.utilizationmodels.UtilizationModelDynamic;
import org.cloudsimplus.vms.Vm;
import org.cloudsimplus.vms.VmSimple;

import ch.qos.logback.classic.Level;

/**
 * The benchmark data centre in CloudSim Plus 8.5.7: the same hosts, VMs, initial placement and
 * traces; each VM runs one endless cloudlet whose CPU follows the VM's trace; the datacenter
 * re-evaluates every step with {@code VmAllocationPolicyMigrationBestFitStaticThreshold} (minimum
 * utilization VM selection, the same 80 % / 20 % thresholds).
 */
final class CloudSimRun {

    private CloudSimRun() {
    }

    /** The policy, with each VM's first host pinned so both simulators start from the same placement. */
    private static final class PinnedBestFit extends VmAllocationPolicyMigrationBestFitStaticThreshold {
        private final Map<Vm, Host> initial;
        private final AtomicLong skippedSteps = new AtomicLong();

        PinnedBestFit(Map<Vm, Host> initial) {
            super(new VmSelectionPolicyMinimumUtilization(), BenchWorkload.UPPER);
            setUnderUtilizationThreshold(BenchWorkload.LOWER);
            this.initial = initial;
        }

        /**
         * CloudSim Plus 8.5.7 puts the underloaded hosts' moves into the immutable empty map it
         * returns when no host is overloaded, and throws. We skip that step's consolidation then:
         * CloudSim consolidates underloaded hosts only in steps where some host is overloaded.
         */
        @Override
        public Map<Vm, Host> getOptimizedAllocationMap(List<? extends Vm> vmList) {
            try {
                return super.getOptimizedAllocationMap(vmList);
            } catch (UnsupportedOperationException e) {
                skippedSteps.incrementAndGet();
                return new HashMap<>();
            }
        }

        @Override
        public HostSuitability allocateHostForVm(Vm vm) {
            Host pinned = initial.remove(vm);
            return pinned != null ? allocateHostForVm(vm, pinned) : super.allocateHostForVm(vm);
        }
    }

    static RunStats run(BenchWorkload w, double duration, double wallCapSeconds) {
        Log.setLevel(Boolean.getBoolean("bench.log") ? Level.INFO : Level.OFF);
        try (PeakHeap heap = new PeakHeap()) {
            long start = System.nanoTime();
            CloudSimPlus simulation = new CloudSimPlus();
            List<Host> hosts = new ArrayList<>(w.hosts());
            for (int h = 0; h < w.hosts(); h++) {
                List<Pe> pes = new ArrayList<>(BenchWorkload.HOST_CORES);
                for (int c = 0; c < BenchWorkload.HOST_CORES; c++) {
                    pes.add(new PeSimple(BenchWorkload.CORE_MIPS));
                }
                HostSimple host = new HostSimple((long) BenchWorkload.HOST_MEMORY_MIB,
                        (long) BenchWorkload.HOST_BANDWIDTH_MBIT, 1_000_000, pes);
                host.setVmScheduler(new VmSchedulerTimeShared());
                host.setPowerModel(new PowerModelHostSimple(BenchWorkload.PEAK_WATTS, BenchWorkload.IDLE_WATTS));
                host.setIdleShutdownDeadline(1); // switch emptied hosts off, as our consolidation does
                hosts.add(host);
            }
            Map<Vm, Host> initial = new IdentityHashMap<>(); // VM ids (and equals) are set only on submission
            List<Vm> vms = new ArrayList<>(w.vms());
            List<Cloudlet> cloudlets = new ArrayList<>(w.vms());
            AtomicLong migrations = new AtomicLong();
            for (int v = 0; v < w.vms(); v++) {
                Vm vm = new VmSimple(BenchWorkload.CORE_MIPS, w.vcpus(v));
                vm.setRam((long) BenchWorkload.VM_MEMORY_MIB).setBw(1000).setSize(10_000);
                vm.addOnMigrationFinishListener(info -> migrations.incrementAndGet());
                initial.put(vm, hosts.get(w.initialHost(v)));
                vms.add(vm);
                int index = v;
                UtilizationModelDynamic cpu = new UtilizationModelDynamic(w.traces()[v][0]);
                cpu.setUtilizationUpdateFunction(model -> w.utilization(index, model.getSimulation().clock()));
                Cloudlet cloudlet = new CloudletSimple(Long.MAX_VALUE / 4, w.vcpus(v), cpu)
                        .setUtilizationModelRam(new UtilizationModelDynamic(0.5))
                        .setUtilizationModelBw(new UtilizationModelDynamic(0.01));
                cloudlet.setVm(vm);
                cloudlets.add(cloudlet);
            }
            DatacenterSimple datacenter = new DatacenterSimple(simulation, hosts, new PinnedBestFit(initial));
            datacenter.setSchedulingInterval(w.step());
            datacenter.enableMigrations();
            DatacenterBrokerSimple broker = new DatacenterBrokerSimple(simulation);
            broker.submitVmList(vms);
            broker.submitCloudletList(cloudlets);
            AtomicLong events = new AtomicLong();
            double[] lastEventTime = new double[1];
            double[] cappedAt = {Double.NaN};
            long deadline = start + (long) (wallCapSeconds * 1e9);
            simulation.addOnEventProcessingListener(e -> {
                lastEventTime[0] = Math.min(duration, e.getTime());
                if (e.getTime() > duration) {
                    // terminateAt alone does not always stop 8.5.7 once migrations ran: stop here too.
                    simulation.terminate();
                    return;
                }
                if ((events.incrementAndGet() & 1023) == 0 && System.nanoTime() > deadline) {
                    cappedAt[0] = e.getTime();
                    simulation.terminate();
                }
            });
            simulation.terminateAt(duration);
            simulation.start();
            double wall = (System.nanoTime() - start) / 1e9;
            // After terminate() the clock jumps to the end; the last event processed says how far it got.
            double reached = Double.isNaN(cappedAt[0]) ? Math.min(duration, lastEventTime[0]) : cappedAt[0];
            long steps = (long) Math.ceil(reached / w.step());
            return new RunStats("CloudSim Plus", w.hosts(), w.vms(), wall, reached, duration, events.get(),
                    heap.peakAboveBaseline(), migrations.get(), steps * w.vms());
        }
    }
}
