package org.clustercomposer.bench.cloudsim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A fixed list of live migrations both simulators replay, so the same-migrations row compares the
 * same work. Drawn once from a seed against the initial placement, every move is feasible in both
 * engines whatever they do in between: the target has cores left for the VM's vCPUs (no CPU
 * overcommit, as CloudSim's time-shared scheduler demands) and memory for it; the source keeps at
 * least one VM (no host empties, so none is switched off); and a host takes part in at most one move
 * per step, so a move (seconds long) is done well before the next step's.
 *
 * <p>Moves are issued at the start of step {@code step} (time {@code step x stepSeconds}), after
 * the workloads have moved: where each engine's consolidation would issue its own.
 */
public record MoveScript(List<Move> moves, int steps) {

    /** Move VM {@code vm} to host {@code target} at the start of step {@code step}. */
    public record Move(int step, int vm, int target) {
    }

    /** VMs a host's memory takes (its cores are the tighter limit with these VMs). */
    private static final int MAX_VMS = (int) (BenchWorkload.HOST_MEMORY_MIB / BenchWorkload.VM_MEMORY_MIB);

    public MoveScript {
        moves = List.copyOf(moves);
    }

    public static MoveScript generate(BenchWorkload w, int movesPerStep, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int[] hostOf = new int[w.vms()];
        int[] cores = new int[w.hosts()];
        int[] count = new int[w.hosts()];
        for (int v = 0; v < w.vms(); v++) {
            hostOf[v] = w.initialHost(v);
            cores[hostOf[v]] += w.vcpus(v);
            count[hostOf[v]]++;
        }
        List<Move> moves = new ArrayList<>();
        int[] busyAtStep = new int[w.hosts()];
        java.util.Arrays.fill(busyAtStep, -1);
        for (int step = 1; step < w.steps(); step++) {
            for (int m = 0; m < movesPerStep; m++) {
                for (int attempt = 0; attempt < 64; attempt++) {
                    int vm = random.nextInt(w.vms());
                    int source = hostOf[vm];
                    int target = random.nextInt(w.hosts());
                    if (target == source || busyAtStep[source] == step || busyAtStep[target] == step
                            || count[source] < 2 || count[target] >= MAX_VMS
                            || cores[target] + w.vcpus(vm) > BenchWorkload.HOST_CORES) {
                        continue;
                    }
                    moves.add(new Move(step, vm, target));
                    busyAtStep[source] = step;
                    busyAtStep[target] = step;
                    cores[source] -= w.vcpus(vm);
                    count[source]--;
                    cores[target] += w.vcpus(vm);
                    count[target]++;
                    hostOf[vm] = target;
                    break;
                }
            }
        }
        return new MoveScript(moves, w.steps());
    }

    /** The moves of each step, indexed by step. */
    public List<List<Move>> byStep() {
        List<List<Move>> byStep = new ArrayList<>(steps);
        for (int s = 0; s < steps; s++) {
            byStep.add(new ArrayList<>());
        }
        for (Move move : moves) {
            byStep.get(move.step()).add(move);
        }
        return byStep;
    }
}
