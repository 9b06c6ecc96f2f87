package org.clustercomposer.simulation.network;

import java.util.Arrays;
import java.util.BitSet;

import org.clustercomposer.simulation.cluster.IntList;

/**
 * Bulk transfers (migrations) sharing directed network resources (link directions and host NICs)
 * max-min fairly. Rates change only when a flow starts or ends or a capacity changes; between
 * such instants each flow moves bytes linearly, so the engine needs one wake-up event: the
 * earliest predicted completion. Changes are solved lazily, once, when rates are next needed, and
 * only for the flows connected to them through saturated resources (a resource with slack links no
 * flows; see {@link #resolveAroundPending}): a policy that starts hundreds of migrations in one step
 * pays for one solve, and a flow ending among thousands that share a core link with slack re-solves
 * its own neighbourhood only. A flow that ends holds its place
 * until then: one started at the same instant on the same path with the same cap (the next
 * pre-copy round) takes it over with its rate, and nothing is re-solved, since max-min rates depend
 * only on the paths and caps present.
 *
 * <p>Cost per event: the scans (advance, completions, next completion) visit the flows in flight only, in slot
 * order, through an ascending array of their slots; a flow is found by id through an int table. Advancing stays
 * eager (every flow in flight moved at every event) so bytes and times round exactly as they always did.
 */
public final class FlowNetwork {

    private static final double COMPLETION_TOLERANCE = 1e-6;
    // A resource this close to full counts as saturated: rounding in a sum of rates is some 1e-16 per flow.
    private static final double SATURATION_MARGIN = 1e-9;

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
    // The solve at which each slot's rate, and each resource's load, last changed (see changesSince), and the slots and
    // resources whose stamp moved since changesSince last dropped them (each once).
    private long[] rateSolve = new long[16];
    private final long[] loadSolve;
    private long solves;
    private final IntList rateLog = new IntList();
    private boolean[] inRateLog = new boolean[16];
    private final IntList loadLog = new IntList();
    private final boolean[] inLoadLog;
    // A slot whose flow ended since the last solve: still in flowsAt, with its path, cap and rate.
    private boolean[] held = new boolean[16];
    // Slots in flight, ascending in a dense array for the scans that run at every event, and flagged by slot; slots
    // not free (in flight or held), for the lowest free slot.
    private int[] flying = new int[16];
    private int flyingCount;
    private boolean[] inFlight = new boolean[16];
    private final BitSet taken = new BitSet();
    private final SlotsById slotById = new SlotsById();
    private final IntList ended = new IntList();
    private int nextId;
    private double lastUpdate;
    private long version;
    // Scratch for component solves.
    private int[] mark = new int[16];
    private int markEpoch;
    private final int[] resourceMark;
    private final int[] localIndex;
    private final IntList pending = new IntList();
    // Flows started or re-capped since the last solve: the walk starts from them as well.
    private final IntList pendingSlots = new IntList();
    // What the last solve left on each resource: the flows' use and what they had, to tell saturated ones.
    private final double[] flowUse;
    private final double[] solvedAvailable;
    private final int[] crossedMark;
    private final IntList toCross = new IntList();
    private int walkedSlots;
    private int[] localFlow = new int[16];
    private final IntList componentResources = new IntList();
    private final IntList componentSlots = new IntList();
    private final MaxMinFairShare solver = new MaxMinFairShare();
    private double[] free = new double[16];
    private int[][] flowPaths = new int[16][];
    private double[] flowCaps = new double[16];
    private double[] flowRates = new double[16];
    private int[] slotsInOrder = new int[16];
    private final BitSet componentSlotSet = new BitSet();

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
        this.crossedMark = new int[capacity.length];
        this.flowUse = new double[capacity.length];
        this.solvedAvailable = new double[capacity.length];
        for (int r = 0; r < capacity.length; r++) {
            solvedAvailable[r] = available(r);
        }
        this.localIndex = new int[capacity.length];
        this.loadSolve = new long[capacity.length];
        this.inLoadLog = new boolean[capacity.length];
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
                flowsAt[r].addSorted(slot); // slot order: loads are summed in it
            }
            pendingSlots.add(slot);
            version++;
        }
        paths[slot] = path;
        stampRate(slot, solves + 1); // a new flow: what asks about it has not seen it
        remaining[slot] = Math.max(0, bytes);
        sent[slot] = 0;
        ids[slot] = nextId;
        fly(slot);
        taken.set(slot);
        slotById.put(nextId, slot);
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
        rateSolve = Arrays.copyOf(rateSolve, n);
        inRateLog = Arrays.copyOf(inRateLog, n);
        inFlight = Arrays.copyOf(inFlight, n);
        held = Arrays.copyOf(held, n);
        mark = Arrays.copyOf(mark, n);
        localFlow = Arrays.copyOf(localFlow, n);
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
            pendingSlots.add(slot);
        }
        version++; // the completion time moved, and perhaps the rates
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
            for (int k = 0; k < flyingCount; k++) {
                int s = flying[k];
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
        int kept = 0; // the slots still in flight close up in one pass: thousands may finish at once
        int k = 0;
        for (; k < flyingCount && n < finishedIds.length; k++) {
            int s = flying[k];
            if (remaining[s] <= COMPLETION_TOLERANCE * (sent[s] + 1)) {
                finishedIds[n] = ids[s];
                finishedBytes[n] = sent[s] + remaining[s];
                n++;
                hold(s);
            } else {
                flying[kept++] = s;
            }
        }
        System.arraycopy(flying, k, flying, kept, flyingCount - k);
        flyingCount -= k - kept;
        return n;
    }

    /** Time at which the next flow will finish at current rates, or infinity. */
    public double nextCompletion() {
        solve();
        double best = Double.POSITIVE_INFINITY;
        for (int k = 0; k < flyingCount; k++) {
            int s = flying[k];
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
        return flyingCount;
    }

    public double rate(int id) {
        solve();
        int slot = slotOf(id);
        return slot < 0 ? 0 : rates[slot];
    }

    /**
     * A mark of the rates as they are now, for {@link #changesSince}: who checks many flows after every event looks
     * again only at those whose rate or path's loads moved since its last look.
     */
    public long solveMark() {
        solve();
        return solves;
    }

    /**
     * Adds to {@code flowIds} the flows in flight whose rate is not the one they had at {@code mark} (or that are
     * newer), and to {@code resources} the resources whose load is not the one it had then; each once, in no
     * particular order. The cost is what changed, not what is in flight. Marks asked about must not decrease from one
     * call to the next: what changed at or before a mark is forgotten.
     */
    public void changesSince(long mark, IntList flowIds, IntList resources) {
        solve();
        int kept = 0;
        for (int k = 0; k < rateLog.size(); k++) {
            int s = rateLog.get(k);
            if (inFlight[s] && rateSolve[s] > mark) {
                rateLog.set(kept++, s);
                flowIds.add(ids[s]);
            } else {
                inRateLog[s] = false; // ended (a slot reused is stamped again) or seen at the mark
            }
        }
        rateLog.truncate(kept);
        kept = 0;
        for (int k = 0; k < loadLog.size(); k++) {
            int r = loadLog.get(k);
            if (loadSolve[r] > mark) {
                loadLog.set(kept++, r);
                resources.add(r);
            } else {
                inLoadLog[r] = false;
            }
        }
        loadLog.truncate(kept);
    }

    private void stampRate(int slot, long solve) {
        rateSolve[slot] = solve;
        if (!inRateLog[slot]) {
            inRateLog[slot] = true;
            rateLog.add(slot);
        }
    }

    /** Bytes/s in use on a resource: background plus flows. */
    public double load(int resource) {
        solve();
        return load[resource];
    }

    private int slotOf(int id) {
        return slotById.get(id);
    }

    private void remove(int slot) {
        leave(slot);
        int k = Arrays.binarySearch(flying, 0, flyingCount, slot);
        System.arraycopy(flying, k + 1, flying, k, flyingCount - k - 1);
        flyingCount--;
        taken.clear(slot);
        release(slot);
    }

    private void fly(int slot) {
        inFlight[slot] = true;
        if (flyingCount == flying.length) {
            flying = Arrays.copyOf(flying, 2 * flyingCount);
        }
        int k = -Arrays.binarySearch(flying, 0, flyingCount, slot) - 1;
        System.arraycopy(flying, k, flying, k + 1, flyingCount - k);
        flying[k] = slot;
        flyingCount++;
    }

    // Out of flight; the caller takes the slot out of the array of those in flight.
    private void leave(int slot) {
        inFlight[slot] = false;
        slotById.remove(ids[slot]);
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
            flowsAt[r].removeSorted(slot);
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
        if (!pending.isEmpty() || !pendingSlots.isEmpty()) {
            resolveAroundPending();
            pending.clear();
            pendingSlots.clear();
        }
    }

    /**
     * Re-solves max-min fairness around what changed since the last solve: the flows started or re-capped and the
     * resources whose flows or capacity changed. A flow's rate is set by its cap or by a saturated resource where it
     * has the largest rate, so a resource with slack neither limits the flows crossing it nor links them: the walk
     * crosses only resources that were saturated (in the last solution) and meets the others as a boundary, where
     * the flows found get what the flows not found leave. A boundary resource the new rates saturate is crossed and
     * the walk solved again. Outside flows keep their rates: each one's bottleneck (its cap, or a saturated resource
     * no crossed flow touches) is unchanged, and every boundary resource keeps slack (or it is crossed), so the result is
     * the unique max-min allocation of every flow, as a solve of the whole connected component would give (up to
     * rounding). Then the load of every resource met is summed again over all its flows, in slot order.
     */
    private void resolveAroundPending() {
        solves++;
        markEpoch++;
        componentResources.clear();
        componentSlots.clear();
        toCross.clear();
        walkedSlots = 0;
        for (int k = 0; k < pendingSlots.size(); k++) {
            int s = pendingSlots.get(k);
            if (paths[s] != null) { // still in flight (or held): not released since it changed
                addSlot(s);
            }
        }
        for (int k = 0; k < pending.size(); k++) {
            visitResource(pending.get(k));
        }
        walk();
        while (true) {
            solveComponent();
            boolean widened = false;
            for (int i = 0; i < componentResources.size(); i++) {
                int r = componentResources.get(i);
                if (crossedMark[r] != markEpoch && saturated(sumOfRates(r), available(r))) {
                    cross(r);
                    widened = true;
                }
            }
            if (!widened) {
                break;
            }
            walk();
        }
        for (int f = 0; f < componentSlots.size(); f++) {
            int slot = slotsInOrder[f];
            if (rates[slot] != flowRates[f]) {
                rates[slot] = flowRates[f];
                stampRate(slot, solves);
            }
        }
        for (int i = 0; i < componentResources.size(); i++) {
            int r = componentResources.get(i);
            IntList at = flowsAt[r];
            double use = 0;
            double total = background[r];
            for (int k = 0; k < at.size(); k++) {
                use += rates[at.get(k)];
                total += rates[at.get(k)];
            }
            flowUse[r] = use;
            if (load[r] != total) {
                load[r] = total;
                loadSolve[r] = solves;
                if (!inLoadLog[r]) {
                    inLoadLog[r] = true;
                    loadLog.add(r);
                }
            }
            solvedAvailable[r] = available(r);
        }
    }

    // Breadth-first over crossed resource -> its flows -> the resources they cross.
    private void walk() {
        int ri = 0;
        int si = walkedSlots;
        while (ri < toCross.size() || si < componentSlots.size()) {
            if (ri < toCross.size()) {
                IntList at = flowsAt[toCross.get(ri++)];
                for (int k = 0; k < at.size(); k++) {
                    addSlot(at.get(k));
                }
            } else {
                for (int r : paths[componentSlots.get(si++)]) {
                    visitResource(r);
                }
            }
        }
        toCross.clear();
        walkedSlots = si;
    }

    private void addSlot(int s) {
        if (mark[s] != markEpoch) {
            mark[s] = markEpoch;
            componentSlots.add(s);
        }
    }

    private void visitResource(int r) {
        if (resourceMark[r] != markEpoch) {
            resourceMark[r] = markEpoch;
            componentResources.add(r);
            if (saturated(flowUse[r], solvedAvailable[r])) {
                cross(r);
            }
        }
    }

    private void cross(int r) {
        crossedMark[r] = markEpoch;
        toCross.add(r);
    }

    /** Within a margin far above rounding: a resource taken for unsaturated must have real slack. */
    private static boolean saturated(double use, double available) {
        return use >= available * (1 - SATURATION_MARGIN);
    }

    // The flows' use of a resource at the rates just solved (outside flows: their rates).
    private double sumOfRates(int r) {
        IntList at = flowsAt[r];
        double use = 0;
        for (int k = 0; k < at.size(); k++) {
            int s = at.get(k);
            use += mark[s] == markEpoch ? flowRates[localFlow[s]] : rates[s];
        }
        return use;
    }

    /** Bytes/s the flows may share on a resource: what background traffic leaves, at least 5 %. */
    double available(int resource) {
        return up[resource] ? Math.max(capacity[resource] - background[resource], capacity[resource] * 0.05) : 0;
    }

    // The resources met in the order found (the solver's tie order) and the flows found in slot order; a boundary
    // resource offers what the flows not found leave of it.
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
            free[i] = crossedMark[r] == markEpoch ? available(r) : Math.max(0, available(r) - outsideUse(r));
        }
        // Slot order (the same run solves in the same order), read off a bit set: thousands of slots, a sort each solve.
        for (int f = 0; f < flowCount; f++) {
            componentSlotSet.set(componentSlots.get(f));
        }
        int placed = 0;
        for (int s = componentSlotSet.nextSetBit(0); s >= 0; s = componentSlotSet.nextSetBit(s + 1)) {
            slotsInOrder[placed++] = s;
        }
        componentSlotSet.clear();
        for (int f = 0; f < flowCount; f++) {
            int s = slotsInOrder[f];
            localFlow[s] = f;
            flowPaths[f] = paths[s];
            flowCaps[f] = caps[s];
        }
        solver.solve(free, resourceCount, flowPaths, localIndex, flowCaps, flowCount, flowRates, unboundedRate);
        Arrays.fill(flowPaths, 0, flowCount, null);
    }

    private double outsideUse(int r) {
        IntList at = flowsAt[r];
        double use = 0;
        for (int k = 0; k < at.size(); k++) {
            int s = at.get(k);
            if (mark[s] != markEpoch) {
                use += rates[s];
            }
        }
        return use;
    }
}
