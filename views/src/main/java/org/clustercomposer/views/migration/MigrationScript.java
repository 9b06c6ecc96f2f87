package org.clustercomposer.views.migration;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.analysis.migration.MigrationRequest;
import org.clustercomposer.analysis.migration.ProcessMigrationModel;
import org.clustercomposer.units.Dimension;
import org.clustercomposer.units.Quantities;
import org.clustercomposer.views.migration.MigrationFrame.Phase;
import org.clustercomposer.views.migration.MigrationFrame.Where;

/**
 * The frames of one watched move, built once from the engine's cost. How many bytes each copy pass sends is the
 * engine's ({@link MigrationCost#roundBytes}); the cells each pass sends are that many bytes' worth, counted with
 * each cell's wire size. <em>Which</em> cells are dirtied is a seeded picture: hot cells only (the request's
 * writable working set), as many as the next pass re-sends, the way QEMU's loop sends the freshly dirtied pages
 * first and what the previous pass did not reach after them (decision 0610). The same move and seed give the same
 * frames.
 */
public final class MigrationScript {

    public static final long DEFAULT_SEED = 14;
    /** Frames of a live copy pass, of the paused copy, of post-copy's pulling and of remote paging. */
    static final int LIVE_FRAMES = 5;
    static final int PAUSED_FRAMES = 3;
    static final int PULL_FRAMES = 8;
    static final int REMOTE_FRAMES = 5;

    /**
     * One copy pass as the engine counts it.
     *
     * @param bytes the engine's bytes for the pass
     * @param cells the cells the animation sends in it
     */
    public record Pass(int number, double bytes, int cells, boolean paused, String label) {
    }

    private final WatchedMove move;
    private final PageGrid grid;
    private final List<Pass> passes = new ArrayList<>();
    private final List<MigrationFrame> frames = new ArrayList<>();
    private final Random random;
    private final byte[] cells;
    private final Set<PageState> statesShown;

    private MigrationScript(WatchedMove move, long seed) {
        this.move = move;
        MigrationRequest r = move.request();
        double hot = switch (move.kind()) {
            case PROCESS -> r.dirtyBound();
            default -> r.dirtyRate() > 0 ? Math.min(r.dirtyBound(), r.nonZeroMemory() > 0 ? r.nonZeroMemory() : r.memory()) : 0;
        };
        this.grid = PageGrid.of(r, hot, seed);
        this.random = new Random(seed + 1);
        this.cells = new byte[grid.cells()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = (grid.isData(i) ? PageState.NOT_SENT : PageState.ZERO).code();
        }
        switch (move.kind()) {
            case PRE_COPY -> preCopy();
            case POST_COPY -> postCopy();
            case PROCESS -> process();
        }
        Set<PageState> used = EnumSet.noneOf(PageState.class);
        for (MigrationFrame f : frames) {
            for (byte b : f.cells()) {
                used.add(PageState.of(b));
            }
        }
        statesShown = Collections.unmodifiableSet(used);
    }

    public static MigrationScript of(WatchedMove move) {
        return new MigrationScript(move, DEFAULT_SEED);
    }

    public static MigrationScript of(WatchedMove move, long seed) {
        return new MigrationScript(move, seed);
    }

    public WatchedMove move() {
        return move;
    }

    public PageGrid grid() {
        return grid;
    }

    public List<Pass> passes() {
        return Collections.unmodifiableList(passes);
    }

    public List<MigrationFrame> frames() {
        return Collections.unmodifiableList(frames);
    }

    /** The states some frame shows, in the enum's order: the legend. */
    public Set<PageState> statesShown() {
        return statesShown;
    }

    // ---- pre-copy (and cold, block: one paused pass, a disk copy first) ----

    private void preCopy() {
        MigrationCost c = move.cost();
        MigrationRequest r = move.request();
        List<Double> rounds = c.roundBytes();
        String name = move.subject();
        add(Phase.START, -1, 0, name + " runs on " + move.from() + " with " + size(r.memory()) + " of memory"
                + (r.dirtyRate() > 0 ? ", writing " + rate(r.dirtyRate()) + " over a hot set of " + size(hotBytes()) : ", writing nothing")
                + ". " + (rounds.size() > 1 ? "Pre-copy sends it while it keeps running." : "It is stopped and copied."),
                Where.SOURCE, ssi("running on " + move.from()));
        if (!r.sharedStorage() && r.disk() > 0) {
            add(Phase.DISK_COPY, -1, 0, "Storage is not shared: its " + size(r.disk()) + " disk is copied first, while it runs.",
                    Where.SOURCE, ssi("running on " + move.from()));
        }
        List<Integer> pending = new ArrayList<>();
        for (int i = 0; i < grid.cells(); i++) {
            pending.add(i);
        }
        int last = rounds.size() - 1;
        for (int p = 0; p <= last; p++) {
            boolean paused = p == last;
            int send = paused ? pending.size() : cellsFor(rounds.get(p), pending);
            List<Integer> sending = new ArrayList<>(pending.subList(0, send));
            List<Integer> carried = new ArrayList<>(pending.subList(send, pending.size()));
            passes.add(new Pass(p + 1, rounds.get(p), send, paused, paused ? "pause" : "round " + (p + 1)));
            if (paused) {
                pausedPass(p, sending);
                break;
            }
            // Which cells the guest dirties during this pass: hot cells that are not still queued, as many as the next
            // pass sends before it reaches the carried ones (the final copy sends everything left, so exactly that).
            Set<Integer> queued = new HashSet<>(carried);
            List<Integer> eligible = grid.hotCells().stream().filter(h -> !queued.contains(h)).toList();
            double next = rounds.get(p + 1);
            long wanted = p + 1 == last ? Math.round((next - wireBytes(carried)) / grid.cellBytes())
                    : Math.round(next / grid.cellBytes());
            int dirtied = (int) Math.max(0, Math.min(eligible.size(), wanted));
            List<Integer> shuffled = new ArrayList<>(eligible);
            Collections.shuffle(shuffled, random);
            List<Integer> dirty = shuffled.subList(0, dirtied);
            livePass(p, sending, dirty, carried.size());
            List<Integer> sortedDirty = new ArrayList<>(dirty);
            Collections.sort(sortedDirty);
            pending = new ArrayList<>(sortedDirty);
            pending.addAll(carried);
        }
        add(Phase.DONE, -1, 0, name + " runs on " + move.to() + ". Total " + duration(c.totalSeconds()) + ", downtime "
                + duration(c.downtimeSeconds()) + ", " + size(c.bytesSent()) + " sent, " + c.rounds()
                + " rounds" + (c.converged() ? "." : " (not converged: forced stop-and-copy)."), Where.DESTINATION,
                ssi("now on " + move.to() + ": the SSI did not notice the move"));
    }

    private void livePass(int p, List<Integer> sending, List<Integer> dirty, int notReached) {
        int n = sending.size();
        // When each dirtied cell is written: a seeded frame of the pass, not before the pass has sent it.
        int[] dirtyAt = new int[dirty.size()];
        int[] sentAt = new int[grid.cells()];
        java.util.Arrays.fill(sentAt, -1);
        for (int k = 0; k < LIVE_FRAMES; k++) {
            for (int i = n * k / LIVE_FRAMES; i < n * (k + 1) / LIVE_FRAMES; i++) {
                sentAt[sending.get(i)] = k;
            }
        }
        for (int i = 0; i < dirty.size(); i++) {
            int earliest = Math.max(0, sentAt[dirty.get(i)]);
            dirtyAt[i] = earliest + random.nextInt(LIVE_FRAMES - earliest);
        }
        Pass pass = passes.get(p);
        for (int k = 0; k < LIVE_FRAMES; k++) {
            settle();
            for (int i = n * k / LIVE_FRAMES; i < n * (k + 1) / LIVE_FRAMES; i++) {
                cells[sending.get(i)] = PageState.SENDING.code();
            }
            for (int i = 0; i < dirty.size(); i++) {
                if (dirtyAt[i] == k) {
                    // Written after it crossed in this frame or before: stale at the destination.
                    cells[dirty.get(i)] = PageState.DIRTY.code();
                }
            }
            double share = n == 0 ? 1 : (double) (n * (k + 1) / LIVE_FRAMES) / n;
            String sent = size(pass.bytes() * share) + " of " + size(pass.bytes()) + " sent";
            add(Phase.LIVE_COPY, p, pass.bytes() * share, p == 0
                    ? "Round 1 (live), every page once: " + sent + ". " + move.subject() + " keeps running and writes "
                            + "its hot pages again (orange)."
                    : "Round " + pass.number() + " (live) re-sends the pages written during round " + p + " (orange) and "
                            + "any not reached: " + sent + ". " + move.subject() + " still runs.", Where.SOURCE,
                    ssi("migrating, still running on " + move.from()));
        }
        settle();
        add(Phase.DIRTY_LOG_SYNC, p, pass.bytes(), "Dirty-log sync after round " + pass.number() + ": " + dirty.size()
                + " dirtied " + cellsWord(dirty.size()) + " to re-send" + (notReached > 0 ? ", " + notReached + " not reached yet"
                : "") + ". Left to send above bandwidth x downtime limit: another round; below: stop.",
                Where.SOURCE, ssi("migrating, still running on " + move.from()));
    }

    private void pausedPass(int p, List<Integer> sending) {
        int n = sending.size();
        Pass pass = passes.get(p);
        MigrationCost c = move.cost();
        String what = p == 0 ? "all of its memory" : "the last " + size(pass.bytes());
        for (int k = 0; k < PAUSED_FRAMES; k++) {
            settle();
            for (int i = n * k / PAUSED_FRAMES; i < n * (k + 1) / PAUSED_FRAMES; i++) {
                cells[sending.get(i)] = PageState.PAUSED.code();
            }
            double share = n == 0 ? 1 : (double) (n * (k + 1) / PAUSED_FRAMES) / n;
            add(Phase.STOP_AND_COPY, p, pass.bytes() * share, "Stop-and-copy: " + move.subject() + " is paused while "
                    + what + " crosses (" + size(pass.bytes() * share) + " of " + size(pass.bytes()) + "). Downtime "
                    + duration(c.downtimeSeconds()) + ".", Where.PAUSED,
                    ssi("paused for " + duration(c.downtimeSeconds()) + ": the SSI sees a short pause, not a lost member"));
        }
    }

    // ---- post-copy ----

    private void postCopy() {
        MigrationCost c = move.cost();
        MigrationRequest r = move.request();
        passes.add(new Pass(1, c.roundBytes().get(0), grid.cells(), false, "all, once"));
        add(Phase.START, -1, 0, move.subject() + " runs on " + move.from() + " with " + size(r.memory())
                + " of memory. Post-copy moves it first and its memory after.", Where.SOURCE, ssi("running on " + move.from()));
        for (int i = 0; i < cells.length; i++) {
            cells[i] = PageState.REMOTE.code();
        }
        add(Phase.SWITCH, -1, 0, "Switch: " + move.subject() + " pauses " + duration(c.downtimeSeconds())
                + " while its vCPU and device state move, no memory yet (the downtime).", Where.PAUSED,
                ssi("paused for " + duration(c.downtimeSeconds())));
        // The guest faults its hot pages first; a background push walks memory in address order.
        LinkedHashSet<Integer> order = new LinkedHashSet<>(grid.hotCells());
        List<Integer> push = new ArrayList<>();
        for (int i = 0; i < grid.cells(); i++) {
            push.add(i);
        }
        List<Integer> demand = new ArrayList<>(order);
        int n = grid.cells();
        Set<Integer> done = new HashSet<>();
        int d = 0;
        int b = 0;
        for (int k = 0; k < PULL_FRAMES; k++) {
            settle();
            int target = n * (k + 1) / PULL_FRAMES;
            boolean faultTurn = true;
            while (done.size() < target) {
                if (faultTurn && d < demand.size()) {
                    int cell = demand.get(d++);
                    if (done.add(cell)) {
                        cells[cell] = PageState.PULLED.code();
                    }
                } else {
                    while (b < push.size() && done.contains(push.get(b))) {
                        b++;
                    }
                    if (b < push.size()) {
                        int cell = push.get(b++);
                        done.add(cell);
                        cells[cell] = PageState.SENDING.code();
                    }
                }
                faultTurn = !faultTurn;
            }
            double share = (double) target / n;
            add(Phase.PULL, 0, passes.get(0).bytes() * share, move.subject() + " runs on " + move.to()
                    + "; a page it touches that is still on " + move.from() + " faults and is pulled (purple), the rest is "
                    + "pushed in order: " + size(passes.get(0).bytes() * share) + " of " + size(passes.get(0).bytes()) + ".",
                    Where.DESTINATION, ssi("running on " + move.to() + ", its pages still arriving"));
        }
        add(Phase.DONE, -1, 0, "Every page has crossed once. Total " + duration(c.totalSeconds()) + ", downtime "
                + duration(c.downtimeSeconds()) + ", " + size(c.bytesSent()) + " sent; until then a fault waited for the "
                + "network and losing either host lost the guest.", Where.DESTINATION, ssi("now on " + move.to()));
    }

    // ---- SSI process migration ----

    private void process() {
        MigrationCost c = move.cost();
        MigrationRequest r = move.request();
        ProcessMigrationModel model = ProcessMigrationModel.lazy();
        double remote = model.remoteFraction(r);
        double slowdown = ProcessMigrationModel.slowdown(remote, move.remotePenalty());
        passes.add(new Pass(1, c.roundBytes().get(0), grid.hotCells().size(), true, "frozen"));
        String domain = "running on " + move.from();
        add(Phase.START, -1, 0, "Process " + move.subject() + " runs on " + move.from() + " with " + size(r.memory())
                + " of memory; it wrote " + size(r.dirtyBound()) + " of it lately (the written set).", Where.SOURCE,
                ssi(domain));
        add(Phase.FREEZE, -1, 0, "Freeze: the process stops; its registers, descriptors and signal state are captured.",
                Where.FROZEN, ssi("the process is frozen; every other process runs"));
        List<Integer> written = new ArrayList<>(grid.hotCells());
        Collections.sort(written);
        int n = written.size();
        for (int k = 0; k < PAUSED_FRAMES; k++) {
            settle();
            for (int i = n * k / PAUSED_FRAMES; i < n * (k + 1) / PAUSED_FRAMES; i++) {
                cells[written.get(i)] = PageState.PAUSED.code();
            }
            double share = n == 0 ? 1 : (double) (n * (k + 1) / PAUSED_FRAMES) / n;
            add(Phase.TRANSFER, 0, c.bytesSent() * share, "Transfer while frozen: the written pages and the open state ("
                    + size(c.bytesSent() * share) + " of " + size(c.bytesSent()) + "). Frozen for "
                    + duration(c.downtimeSeconds()) + ".", Where.FROZEN, ssi("the process is frozen; every other process runs"));
        }
        settle();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] != PageState.PAUSED.code()) {
                cells[i] = PageState.REMOTE.code();
            }
        }
        String paging = String.format(java.util.Locale.ROOT, "%.1f %% of its pages stay on %s: while they are there it "
                + "runs up to %.2fx slower (1 + remote-memory penalty %.2f x that share)", remote * 100, move.from(),
                slowdown, move.remotePenalty());
        add(Phase.REMOTE_PAGING, -1, 0, "Thawed on " + move.to() + " after " + duration(c.totalSeconds()) + ". " + paging + ".",
                Where.DESTINATION, ssi("the process runs on " + move.to()));
        List<Integer> home = new ArrayList<>();
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == PageState.REMOTE.code()) {
                home.add(i);
            }
        }
        Collections.shuffle(home, random);
        int perFrame = Math.max(1, home.size() / 40);
        for (int k = 0; k < REMOTE_FRAMES; k++) {
            settle();
            for (int i = k * perFrame; i < Math.min(home.size(), (k + 1) * perFrame); i++) {
                cells[home.get(i)] = PageState.PULLED.code();
            }
            add(Phase.REMOTE_PAGING, -1, 0, "Remote paging: a page it touches that is still on " + move.from()
                    + " faults and is fetched (purple). " + paging + "; the engine does not time the fetches.",
                    Where.DESTINATION,
                    ssi("the process runs on " + move.to() + ", paging from " + move.from()));
        }
    }

    // ---- helpers ----

    /** Cells sent in the last frame become sent: the bright "crossing now" lasts one frame. */
    private void settle() {
        for (int i = 0; i < cells.length; i++) {
            if (cells[i] == PageState.SENDING.code()) {
                cells[i] = PageState.SENT.code();
            }
        }
    }

    private void add(Phase phase, int pass, double bytes, String caption, Where where, String ssi) {
        frames.add(new MigrationFrame(phase, pass, bytes, cells.clone(), caption, where, ssi));
    }

    private String ssi(String member) {
        if (move.ssi() == null) {
            return null;
        }
        String members = move.ssiMembers() + " of " + move.ssiMembers() + " members";
        return move.kind() == WatchedMove.Kind.PROCESS
                ? "SSI domain " + move.ssi() + ": up, " + members + "; " + member
                : "SSI domain " + move.ssi() + ": up, " + members + "; member " + move.subject() + " " + member;
    }

    /** How many cells from the front of the queue the bytes pay for, each at its wire size (nearest cell). */
    private int cellsFor(double bytes, List<Integer> queue) {
        double paid = 0;
        int n = 0;
        while (n < queue.size()) {
            double w = grid.wireBytes(queue.get(n));
            if (paid + w / 2 > bytes) {
                break;
            }
            paid += w;
            n++;
        }
        return bytes > 0 && n == 0 && !queue.isEmpty() ? 1 : n;
    }

    private double wireBytes(List<Integer> queue) {
        return queue.stream().mapToDouble(grid::wireBytes).sum();
    }

    private double hotBytes() {
        MigrationRequest r = move.request();
        return Math.min(r.dirtyBound(), r.nonZeroMemory() > 0 ? r.nonZeroMemory() : r.memory());
    }

    private static String cellsWord(int n) {
        return n == 1 ? "cell" : "cells";
    }

    static String size(double bytes) {
        return Quantities.display(bytes, Dimension.SIZE);
    }

    static String rate(double bytesPerSecond) {
        return Quantities.display(bytesPerSecond, Dimension.DATA_RATE);
    }

    static String duration(double seconds) {
        return Quantities.display(seconds, Dimension.DURATION);
    }
}
