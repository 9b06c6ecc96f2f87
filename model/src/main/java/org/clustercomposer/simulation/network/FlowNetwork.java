package org.clustercomposer.simulation.network;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.clustercomposer.simulation.cluster.IntList;

/**
 * Bulk transfers (migrations) sharing directed network resources (link directions and host NICs)
 * max-min fairly. Rates change only when a flow starts or ends or a capacity changes; between
 * such instants each flow moves bytes linearly, so the engine needs one wake-up event: the
 * earliest predicted completion. Changes are solved lazily, once, when rates are next needed, and
 * only for the flows connected to them through shared resources (their component): a policy that
 * starts hundreds of migrations in one step pays for one solve. A flow that ends holds its place
 * until then: one started at the same instant on the same path with the same cap (the next
 * pre-copy round) takes it over with its rate, and nothing is re-solved, since max-min rates depend
 * only on the paths and caps present.
 *
 * <p>Cost per event: the scans (advance, completions, next completion) visit the flows in flight only,
 * in slot order, through a bit set of used slots; a flow is found by id through a map. Advancing stays
 * eager (every flow in flight moved at every event) so bytes and times round exactly as they always did.
 */
public final class FlowNetwork {

    private static final double COMPLETION_TOLERANCE = 1e-6;

    private final double[] capacity;
    private final double[] background;
    private final boolean[] up;
    private final double[] load;
    private final IntList[] flowsAt;
    private final double unboundedRate;
    // Flows live in slots; a slot is reused after its flow ends (deterministically: lowest free first).
    private int[][] paths = new int[16][];
    private double[] remaining = new double[16];
    private double[] rates = new double[16];
    private double[] sent = new double[16];
    private double[] caps = new double[16];
    private int[] ids = new int[16];
    // A slot whose flow ended since the last solve: still in flowsAt, with its path, cap and rate.
    private boolean[] held = new boolean[16];
    // Slots in flight, and slots not free (in flight or held), for the scans and the lowest free slot.
    private final BitSet inFlight = new BitSet();
    private final BitSet taken = new BitSet();
    private final Map<Integer, Integer> slotById = new HashMap<>();
    private final IntList ended = new IntList();
    private int active;
    private int nextId;
    private double lastUpdate;
    private long version;
    // Scratch for component solves.
    private int[] mark = new int[16];
    private int markEpoch;
    private final int[] resourceMark;
    private final int[] localIndex;
    private final IntList pending = new IntList();
    private final IntList componentResources = new IntList();
    private final IntList componentSlots = new IntList();
    private final MaxMinFairShare solver = new MaxMinFairShare();
    private double[] free = new double[16];
    private int[][] flowPaths = new int[16][];
    private double[] flowCaps = new double[16];
    private double[] flowRates = new double[16];
    private int[] slotsInOrder = new int[16];

    /**
     * @param capacity      bytes/s of each resource
     * @param unboundedRate rate of a flow that crosses no resource (a copy inside one machine)
     */
    public FlowNetwork(double[] capacity, double unboundedRate) {
        this.capacity = capacity.clone();
        this.background = new double[capacity.length];
        this.load = new double[capacity.length];
        this.up = new boolean[capacity.length];
        Arrays.fill(up, true);
        this.flowsAt = new IntList[capacity.length];
        for (int r = 0; r < capacity.length; r++) {
            flowsAt[r] = new IntList();
        }
        this.resourceMark = new int[capacity.length];
        this.localIndex = new int[capacity.length];
        this.unboundedRate = unboundedRate;
    }

    public int resourceCount() {
        return capacity.length;
    }

    public double capacity(int resource) {
        return capacity[resource];
    }

    /** Starts a flow of {@code bytes} along {@code path}; returns its id. Call {@link #advance} first. */
    public int start(int[] path, double bytes) {
        return start(path, bytes, Double.POSITIVE_INFINITY);
    }

    /** Starts a flow whose rate never exceeds {@code cap} bytes/s. */
    public int start(int[] path, double bytes, double cap) {
        double flowCap = cap > 0 ? cap : Double.POSITIVE_INFINITY;
        int slot = heldSlotFor(path, flowCap);
        if (slot >= 0) {
            held[slot] = false; // the same path and cap as the flow that ended: the same rates
            version++;
        } else {
            slot = freeSlot();
            rates[slot] = path.length == 0 ? Math.min(unboundedRate, flowCap) : 0;
            caps[slot] = flowCap;
            for (int r : path) {
                flowsAt[r].add(slot);
            }
            changed(path);
        }
        paths[slot] = path;
        remaining[slot] = Math.max(0, bytes);
        sent[slot] = 0;
        ids[slot] = nextId;
        inFlight.set(slot);
        taken.set(slot);
        slotById.put(nextId, slot);
        active++;
        return nextId++;
    }

    private int heldSlotFor(int[] path, double cap) {
        for (int k = 0; k < ended.size(); k++) {
            int s = ended.get(k);
            if (held[s] && caps[s] == cap && Arrays.equals(paths[s], path)) {
                return s;
            }
        }
        return -1;
    }

    private int freeSlot() {
        int free = taken.nextClearBit(0);
        if (free < ids.length) {
            return free;
        }
        int s = ids.length;
        int n = s * 2;
        paths = Arrays.copyOf(paths, n);
        remaining = Arrays.copyOf(remaining, n);
        rates = Arrays.copyOf(rates, n);
        sent = Arrays.copyOf(sent, n);
        caps = Arrays.copyOf(caps, n);
        ids = Arrays.copyOf(ids, n);
        held = Arrays.copyOf(held, n);
        mark = Arrays.copyOf(mark, n);
        return s;
    }

    /**
     * Gives a running flow a new size (bytes still to send) and cap: a sender that learns its share only once every
     * flow starting at the same instant is in (a pre-copy stretch planned at that share). Call {@link #advance}
     * first.
     */
    public void resize(int id, double bytes, double cap) {
        int slot = slotOf(id);
        if (slot < 0) {
            throw new IllegalArgumentException("no running flow " + id);
        }
        remaining[slot] = Math.max(0, bytes);
        double flowCap = cap > 0 ? cap : Double.POSITIVE_INFINITY;
        if (caps[slot] != flowCap) {
            caps[slot] = flowCap;
            changed(paths[slot]);
        } else {
            version++; // the completion time moved
        }
    }

    /** Removes a flow before it completes (its endpoint failed); returns the bytes it had sent. */
    public double cancel(int id) {
        int slot = slotOf(id);
        if (slot < 0) {
            return 0;
        }
        double done = sent[slot];
        remove(slot);
        return done;
    }

    /** Moves every flow forward to {@code now} at its current rate. */
    public void advance(double now) {
        double dt = now - lastUpdate;
        if (dt > 0) {
            // Rates matter only when time passes: many flows started at one instant share one solve.
            solve();
            for (int s = inFlight.nextSetBit(0); s >= 0; s = inFlight.nextSetBit(s + 1)) {
                double moved = Math.min(remaining[s], rates[s] * dt);
                remaining[s] -= moved;
                sent[s] += moved;
            }
        }
        lastUpdate = Math.max(lastUpdate, now);
    }

    /**
     * Takes out the flows that have finished by the last {@link #advance}, writing their ids and
     * bytes sent to the arrays; returns how many finished (at most the arrays' length).
     */
    public int drainCompleted(int[] finishedIds, double[] finishedBytes) {
        solve();
        int n = 0;
        for (int s = inFlight.nextSetBit(0); s >= 0 && n < finishedIds.length; s = inFlight.nextSetBit(s + 1)) {
            if (remaining[s] <= COMPLETION_TOLERANCE * (sent[s] + 1)) {
                finishedIds[n] = ids[s];
                finishedBytes[n] = sent[s] + remaining[s];
                n++;
                hold(s);
            }
        }
        return n;
    }

    /** Time at which the next flow will finish at current rates, or infinity. */
    public double nextCompletion() {
        solve();
        double best = Double.POSITIVE_INFINITY;
        for (int s = inFlight.nextSetBit(0); s >= 0; s = inFlight.nextSetBit(s + 1)) {
            if (rates[s] > 0) {
                best = Math.min(best, lastUpdate + remaining[s] / rates[s]);
            }
        }
        return best;
    }

    /** Bytes/s already taken on each resource by traffic that is not a flow (VMs' own traffic). */
    public void setBackground(double[] bytesPerSecond) {
        // Only the components around resources whose background changed need solving again.
        boolean changed = false;
        for (int r = 0; r < background.length; r++) {
            if (background[r] != bytesPerSecond[r]) {
                background[r] = bytesPerSecond[r];
                pending.add(r);
                changed = true;
            }
        }
        if (changed) {
            version++;
        }
    }

    public void setUp(int resource, boolean isUp) {
        if (up[resource] != isUp) {
            up[resource] = isUp;
            changed(new int[] {resource});
        }
    }

    public boolean isUp(int resource) {
        return up[resource];
    }

    /** Increases on every rate change; a wake-up scheduled under an older version is stale. */
    public long version() {
        return version;
    }

    public int activeFlows() {
        return active;
    }

    public double rate(int id) {
        solve();
        int slot = slotOf(id);
        return slot < 0 ? 0 : rates[slot];
    }

    /** Bytes/s in use on a resource: background plus flows. */
    public double load(int resource) {
        solve();
        return load[resource];
    }

    private int slotOf(int id) {
        Integer slot = slotById.get(id);
        return slot == null ? -1 : slot;
    }

    private void remove(int slot) {
        leave(slot);
        taken.clear(slot);
        release(slot);
    }

    private void leave(int slot) {
        inFlight.clear(slot);
        slotById.remove(ids[slot]);
        active--;
    }

    // Ended, but a flow started before the next solve may take the slot over (see start).
    private void hold(int slot) {
        leave(slot);
        held[slot] = true;
        ended.add(slot);
        version++;
    }

    private void release(int slot) {
        int[] path = paths[slot];
        for (int r : path) {
            flowsAt[r].remove(slot);
        }
        paths[slot] = null;
        rates[slot] = 0;
        changed(path);
    }

    private void changed(int[] resources) {
        for (int r : resources) {
            pending.add(r);
        }
        version++;
    }

    /** Solves the components touched since the last solve. */
    private void solve() {
        for (int k = 0; k < ended.size(); k++) {
            int s = ended.get(k);
            if (held[s]) { // not taken over: its flow is gone
                held[s] = false;
                taken.clear(s);
                release(s);
            }
        }
        ended.clear();
        if (!pending.isEmpty()) {
            resolveAroundPending();
            pending.clear();
        }
    }

    /**
     * Re-solves max-min fairness for the flows connected (through shared resources) to the given
     * resources changed since the last solve, and refreshes the load of every resource they touch.
     */
    private void resolveAroundPending() {
        markEpoch++;
        componentResources.clear();
        componentSlots.clear();
        for (int k = 0; k < pending.size(); k++) {
            visitResource(pending.get(k));
        }
        // Breadth-first over resource -> flows -> resources.
        int ri = 0;
        int si = 0;
        while (ri < componentResources.size() || si < componentSlots.size()) {
            if (ri < componentResources.size()) {
                IntList at = flowsAt[componentResources.get(ri++)];
                for (int k = 0; k < at.size(); k++) {
                    int s = at.get(k);
                    if (mark[s] != markEpoch) {
                        mark[s] = markEpoch;
                        componentSlots.add(s);
                    }
                }
            } else {
                for (int r : paths[componentSlots.get(si++)]) {
                    visitResource(r);
                }
            }
        }
        solveComponent();
    }

    private void visitResource(int r) {
        if (resourceMark[r] != markEpoch) {
            resourceMark[r] = markEpoch;
            componentResources.add(r);
        }
    }

    /** Bytes/s the flows may share on a resource: what background traffic leaves, at least 5 %. */
    double available(int resource) {
        return up[resource] ? Math.max(capacity[resource] - background[resource], capacity[resource] * 0.05) : 0;
    }

    // The component's resources in the order found (the solver's tie order) and its flows in slot order.
    private void solveComponent() {
        int resourceCount = componentResources.size();
        int flowCount = componentSlots.size();
        if (free.length < resourceCount) {
            free = new double[Math.max(resourceCount, 2 * free.length)];
        }
        if (flowPaths.length < flowCount) {
            int n = Math.max(flowCount, 2 * flowPaths.length);
            flowPaths = new int[n][];
            flowCaps = new double[n];
            flowRates = new double[n];
            slotsInOrder = new int[n];
        }
        for (int i = 0; i < resourceCount; i++) {
            int r = componentResources.get(i);
            localIndex[r] = i;
            free[i] = available(r);
        }
        for (int f = 0; f < flowCount; f++) {
            slotsInOrder[f] = componentSlots.get(f);
        }
        Arrays.sort(slotsInOrder, 0, flowCount); // slot order: the same run solves in the same order
        for (int f = 0; f < flowCount; f++) {
            flowPaths[f] = paths[slotsInOrder[f]];
            flowCaps[f] = caps[slotsInOrder[f]];
        }
        solver.solve(free, resourceCount, flowPaths, localIndex, flowCaps, flowCount, flowRates, unboundedRate);
        for (int i = 0; i < resourceCount; i++) {
            int r = componentResources.get(i);
            load[r] = background[r];
        }
        for (int f = 0; f < flowCount; f++) {
            rates[slotsInOrder[f]] = flowRates[f];
            for (int r : flowPaths[f]) {
                load[r] += flowRates[f];
            }
            flowPaths[f] = null;
        }
    }
}
