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

    /**
     * Bandwidth each VM reserves on its host, in Mbit/s. In the consolidation row (as first
     * measured) 1000 on a 10 Gbit/s host: ten VMs at most, as many as a loaded host holds, which
     * leaves CloudSim's consolidation few targets, and a host's reservation is not all freed when a
     * VM migrates out (seen: 10 Mbit/s left on a host with nine VMs). The other rows reserve 10 Mbit/s,
     * so bandwidth never refuses a move: ours reserves none.
     */
    static final long CONSOLIDATION_VM_BW_MBIT = 1000;
    static final long VM_BW_MBIT = 10;

    private CloudSimRun() {
    }

    /**
     * The policy, with each VM's first host pinned so both simulators start from the same placement.
     * Given a script, it replays that instead of consolidating.
     */
    private static final class PinnedBestFit extends VmAllocationPolicyMigrationBestFitStaticThreshold {
        private final Map<Vm, Host> initial;
        private final AtomicLong skippedSteps = new AtomicLong();
        private final MoveScript script;
        private final List<Vm> vms;
        private final List<Host> hosts;
        private final double step;
        private int nextMove;

        PinnedBestFit(Map<Vm, Host> initial, MoveScript script, List<Vm> vms, List<Host> hosts, double step) {
            super(new VmSelectionPolicyMinimumUtilization(), BenchWorkload.UPPER);
            setUnderUtilizationThreshold(BenchWorkload.LOWER);
            this.initial = initial;
            this.script = script;
            this.vms = vms;
            this.hosts = hosts;
            this.step = step;
        }

        /** The script's moves due by now and not yet issued (the datacenter may ask several times a step). */
        private Map<Vm, Host> scriptedMoves() {
            int now = (int) Math.floor(getDatacenter().getSimulation().clock() / step + 1e-6);
            Map<Vm, Host> due = new java.util.LinkedHashMap<>();
            List<MoveScript.Move> moves = script.moves();
            while (nextMove < moves.size() && moves.get(nextMove).step() <= now) {
                MoveScript.Move move = moves.get(nextMove++);
                due.put(vms.get(move.vm()), hosts.get(move.target()));
            }
            return due;
        }

        int issued() {
            return nextMove;
        }

        /**
         * CloudSim Plus 8.5.7 puts the underloaded hosts' moves into the immutable empty map it
         * returns when no host is overloaded, and throws. We skip that step's consolidation then:
         * CloudSim consolidates underloaded hosts only in steps where some host is overloaded.
         */
        @Override
        public Map<Vm, Host> getOptimizedAllocationMap(List<? extends Vm> vmList) {
            if (script != null) {
                return scriptedMoves();
            }
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

    /**
     * Integrates the hosts' power over time: each time the clock moves, the power the hosts draw now
     * (their utilization since the last processing) times the time since the last tick. CloudSim's
     * per-host utilization statistics leave idle samples out, which under-counts idle watts.
     */
    private static final class EnergyMeter {
        private double last;
        private double joules;

        void advance(double now, List<Host> hosts) {
            if (now <= last) {
                return;
            }
            double watts = 0;
            for (Host host : hosts) {
                watts += host.getPowerModel().getPower();
            }
            joules += watts * (now - last);
            last = now;
        }

        double joules(double end, List<Host> hosts) {
            advance(end, hosts);
            return joules;
        }
    }

    static RunStats run(BenchWorkload w, double duration, double wallCapSeconds) {
        return run(w, duration, wallCapSeconds, BenchRow.CONSOLIDATION, null);
    }

    /**
     * One run of the row; {@code script} is the move list of the same-migrations row (else unused).
     * The consolidation row switches emptied hosts off and does not read energy (as first measured);
     * the other rows keep every host on, as ours does, and integrate energy from each host's
     * power model each time the clock moves ({@link EnergyMeter}).
     */
    static RunStats run(BenchWorkload w, double duration, double wallCapSeconds, BenchRow row, MoveScript script) {
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
                if (row == BenchRow.CONSOLIDATION) {
                    host.setIdleShutdownDeadline(1); // switch emptied hosts off, as our consolidation does
                }
                hosts.add(host);
            }
            Map<Vm, Host> initial = new IdentityHashMap<>(); // VM ids (and equals) are set only on submission
            List<Vm> vms = new ArrayList<>(w.vms());
            List<Cloudlet> cloudlets = new ArrayList<>(w.vms());
            AtomicLong migrations = new AtomicLong();
            for (int v = 0; v < w.vms(); v++) {
                Vm vm = new VmSimple(BenchWorkload.CORE_MIPS, w.vcpus(v));
                vm.setRam((long) BenchWorkload.VM_MEMORY_MIB).setBw(row == BenchRow.CONSOLIDATION ? CONSOLIDATION_VM_BW_MBIT : VM_BW_MBIT).setSize(10_000);
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
            PinnedBestFit policy = new PinnedBestFit(initial, row == BenchRow.SAME_MIGRATIONS ? script : null, vms,
                    hosts, w.step());
            DatacenterSimple datacenter = new DatacenterSimple(simulation, hosts, policy);
            datacenter.setSchedulingInterval(w.step());
            if (row == BenchRow.NONE) {
                datacenter.disableMigrations();
            } else {
                datacenter.enableMigrations();
            }
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
            EnergyMeter meter = new EnergyMeter();
            if (row != BenchRow.CONSOLIDATION) {
                simulation.addOnClockTickListener(tick -> meter.advance(Math.min(duration, tick.getTime()), hosts));
            }
            simulation.terminateAt(duration);
            simulation.start();
            double wall = (System.nanoTime() - start) / 1e9;
            // After terminate() the clock jumps to the end; the last event processed says how far it got.
            double reached = Double.isNaN(cappedAt[0]) ? Math.min(duration, lastEventTime[0]) : cappedAt[0];
            long steps = (long) Math.ceil(reached / w.step());
            double energy = row == BenchRow.CONSOLIDATION ? Double.NaN : meter.joules(Math.min(duration, reached), hosts);
            long refused = row == BenchRow.SAME_MIGRATIONS ? policy.issued() - migrations.get() : 0;
            return new RunStats("CloudSim Plus", w.hosts(), w.vms(), wall, reached, duration, events.get(),
                    heap.peakAboveBaseline(), migrations.get(), steps * w.vms(), energy, refused);
        }
    }
}
