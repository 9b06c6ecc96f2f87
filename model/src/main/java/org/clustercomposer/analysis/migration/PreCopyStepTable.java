package org.clustercomposer.analysis.migration;

/**
 * What one {@value QemuPreCopyModel#STEP_SECONDS} s step of {@link QemuPreCopyRun} sends and dirties, remembered for
 * the steps that are alike, so that a run of them costs a few additions each instead of the divisions and the
 * exponential of the step (issue 13: the event engine steps tens of millions a simulated day).
 *
 * <p>A step's sends depend on the bitmap only through three clamps: each of its parts (hot, other non-zero, zero
 * pages) is either empty or holds at least what the step's budget left for it would take. For each of those eight
 * ways the step's sends are one set of numbers at one ceiling, cap and wire factor, worked out by the very arithmetic
 * {@link #send} does, so a step applied from the table is bit for bit the step computed. Only the step that empties a
 * part is computed in full. Likewise the dirtying factor {@code 1 - exp(-D t / W)} is one number while the write rate,
 * the throttle and the step's length stay. A run shares its table with its copies; it only caches, so a copy that
 * steps at another cap merely refills it.
 */
final class PreCopyStepTable {

    private static final double PAGE = MigrationRequest.PAGE_SIZE;
    private static final double MARKER = MigrationRequest.ZERO_PAGE_WIRE_BYTES;
    private static final int HOT_EMPTY = 0;
    private static final int HOT_FULL = 1;
    /** The slot of a step computed in full, after the eight ways. */
    private static final int COMPUTED = 8;

    private final double zeroSec;
    private final boolean remembering;
    // The key the sends below were worked out for; NaN: nothing yet.
    private double ceiling = Double.NaN;
    private double cap = Double.NaN;
    private double hotWire = Double.NaN;
    // The sends of each of the eight ways, indexed hot * 4 + cold * 2 + zero (0: empty, 1: takes its most), then the
    // step computed; a way's are worked out when first needed (a bit per way): the key changes almost every plan at
    // 10,000 hosts, where working out all eight was 12 % of the consolidation day (JFR), and a plan needs two or three.
    private int waysKnown;
    private final double[] tookHot = new double[COMPUTED + 1];
    private final double[] tookCold = new double[COMPUTED + 1];
    private final double[] tookZero = new double[COMPUTED + 1];
    private final double[] wireBytes = new double[COMPUTED + 1];
    // For each way, the least each part may hold after the way's step for the next step to be that way again (low()),
    // worked out when first asked for (a bit per slot): a key's plan uses a way or two of the eight.
    private final double[] hotLow = new double[COMPUTED + 1];
    private final double[] coldLow = new double[COMPUTED + 1];
    private final double[] zeroLow = new double[COMPUTED + 1];
    private int lowsKnown;
    // The dirtying factor's key and value.
    private double dirtyRate = Double.NaN;
    private int throttle = -1;
    private double elapsed = Double.NaN;
    private double dirtiedFraction;

    /** @param remembering false: compute every step in full, what the table must equal (for tests) */
    PreCopyStepTable(double zeroSec, boolean remembering) {
        this.zeroSec = zeroSec;
        this.remembering = remembering;
    }

    /**
     * One step's sends from a bitmap of {@code bitHot}, {@code bitCold} and {@code bitZero} bytes: the slot that
     * holds them ({@link #hot}, {@link #cold}, {@link #zero} leave the parts, {@link #wire} goes on the stream), one of
     * the eight ways, else the step computed.
     */
    int sends(double bitHot, double bitCold, double bitZero, double ceiling, double cap, double hotWire) {
        int way = way(bitHot, bitCold, bitZero, ceiling, cap, hotWire);
        if (way >= 0) {
            return way;
        }
        send(bitHot, bitCold, bitZero, COMPUTED);
        return COMPUTED;
    }

    /** The way the bitmap is, or -1 when one of its parts holds less than the step would take from it. */
    int way(double bitHot, double bitCold, double bitZero, double ceiling, double cap, double hotWire) {
        if (ceiling != this.ceiling || cap != this.cap || hotWire != this.hotWire) {
            this.ceiling = ceiling;
            this.cap = cap;
            this.hotWire = hotWire;
            waysKnown = 0;
            lowsKnown = 0;
        }
        if (!remembering) {
            return -1;
        }
        // A full part's most is its take in a way where it is full; the parts go in order, so any such way alike up
        // to that part tells it: the hot part's in way 4, the cold part's in hot * 4 + 2, the zero part's in the way.
        int hot = HOT_EMPTY;
        if (bitHot != 0) {
            if (!(bitHot >= known(HOT_FULL * 4, tookHot))) {
                return -1;
            }
            hot = HOT_FULL;
        }
        int cold = 0;
        if (bitCold != 0) {
            if (!(bitCold >= known(hot * 4 + 2, tookCold))) {
                return -1;
            }
            cold = 1;
        }
        int way = hot * 4 + cold * 2;
        if (bitZero != 0) {
            if (!(bitZero >= known(way + 1, tookZero))) {
                return -1;
            }
            way++;
        }
        known(way, tookHot);
        return way;
    }

    // One of a way's sends, worked out first if it is not yet: by send itself on a bitmap whose parts are empty or
    // boundless.
    private double known(int way, double[] took) {
        if ((waysKnown & 1 << way) == 0) {
            double boundless = Double.POSITIVE_INFINITY;
            send((way & 4) != 0 ? boundless : 0, (way & 2) != 0 ? boundless : 0, (way & 1) != 0 ? boundless : 0, way);
            waysKnown |= 1 << way;
        }
        return took[way];
    }

    private void knowLows(int slot) {
        boolean way = slot < COMPUTED; // the step computed is never alike
        hotLow[slot] = way ? low(tookHot[slot], (slot & 4) != 0) : Double.NaN;
        coldLow[slot] = way ? low(tookCold[slot], (slot & 2) != 0) : Double.NaN;
        zeroLow[slot] = way ? low(tookZero[slot], (slot & 1) != 0) : Double.NaN;
        lowsKnown |= 1 << slot;
    }

    /*
     * way() asks of each part only whether it is empty, and for a part that is not whether it holds at least its most
     * in the way (which is its take: the parts go in order, so the ways alike up to a part take the same from it). An
     * empty part that takes 0 stays empty. A full part that takes t > 0 stays full while it holds at least t; one that
     * takes t <= 0 (its budget gone, bar a rounding) while it holds more than 0. Anything else: look the way up.
     */
    private double low(double took, boolean full) {
        if (!remembering) {
            return Double.NaN;
        }
        if (full) {
            return took > 0 ? took : took <= 0 ? Double.MIN_VALUE : Double.NaN;
        }
        return took == 0 ? Double.NEGATIVE_INFINITY : Double.NaN;
    }

    /**
     * The step's sends computed, into {@code slot}: a {@value QemuPreCopyModel#STEP_SECONDS} s budget, the cap limits
     * bytes, the ceiling (whole pages per second) the sender's time, zero pages cost their scan and go as markers.
     */
    private void send(double bitHot, double bitCold, double bitZero, int slot) {
        double byteBudget = cap * QemuPreCopyModel.STEP_SECONDS;
        double timeBudget = QemuPreCopyModel.STEP_SECONDS;
        double bytes = 0;
        double x = Math.min(bitHot, Math.min(timeBudget * ceiling, byteBudget / hotWire));
        tookHot[slot] = x;
        timeBudget -= x / ceiling;
        byteBudget -= x * hotWire;
        bytes += x * hotWire;
        x = Math.min(bitCold, Math.min(timeBudget * ceiling, byteBudget));
        tookCold[slot] = x;
        timeBudget -= x / ceiling;
        byteBudget -= x;
        bytes += x;
        tookZero[slot] = 0;
        if (bitZero > 0 && timeBudget > 0 && byteBudget > 0) {
            double pages = Math.min(bitZero / PAGE, Math.min(timeBudget / zeroSec, byteBudget / MARKER));
            tookZero[slot] = pages * PAGE;
            bytes += pages * MARKER;
        }
        wireBytes[slot] = bytes;
    }

    double hot(int slot) {
        return tookHot[slot];
    }

    double cold(int slot) {
        return tookCold[slot];
    }

    double zero(int slot) {
        return tookZero[slot];
    }

    double wire(int slot) {
        return wireBytes[slot];
    }

    /**
     * What a step in {@code slot} may leave of the bitmap's hot part for the next step to be in {@code slot} again:
     * when each part ({@link #coldLow}, {@link #zeroLow}) holds at least its low, {@code way(hot, cold, zero)} is
     * {@code slot}; otherwise it may or may not be ({@link #way} tells). NaN: always look the way up.
     */
    double hotLow(int slot) {
        if ((lowsKnown & 1 << slot) == 0) {
            knowLows(slot);
        }
        return hotLow[slot];
    }

    /** The cold part's low of {@code slot} ({@link #hotLow}). */
    double coldLow(int slot) {
        if ((lowsKnown & 1 << slot) == 0) {
            knowLows(slot);
        }
        return coldLow[slot];
    }

    /** The zero part's low of {@code slot} ({@link #hotLow}). */
    double zeroLow(int slot) {
        if ((lowsKnown & 1 << slot) == 0) {
            knowLows(slot);
        }
        return zeroLow[slot];
    }

    /**
     * The share of the clean hot set {@code hot} that a step of {@code elapsed} s dirties,
     * {@code 1 - exp(-D elapsed / W)} with D the write rate after the throttle; 0 when the guest dirties nothing.
     */
    double dirtiedFraction(double dirtyRate, int throttle, double elapsed, double hot) {
        // hot is fixed for a run and its copies, so it is no part of the key
        if (!remembering || dirtyRate != this.dirtyRate || throttle != this.throttle || elapsed != this.elapsed) {
            this.dirtyRate = dirtyRate;
            this.throttle = throttle;
            this.elapsed = elapsed;
            double d = dirtyRate * (1 - throttle / 100.0);
            dirtiedFraction = hot > 0 && d > 0 ? 1 - Math.exp(-d * elapsed / hot) : 0;
        }
        return dirtiedFraction;
    }
}
