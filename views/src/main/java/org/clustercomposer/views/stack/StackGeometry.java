package org.clustercomposer.views.stack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Host;
import org.clustercomposer.views.canvas.Captions;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.Rect;

/**
 * The design drawn as layers, computed from a scenario: one column per host with its hardware at
 * the bottom, its hypervisor and its VMs above; each SSI domain a band at the level where it stands
 * (over hosts: just above the hardware; over VMs: above those VMs), covering only its members'
 * columns (one segment per run of adjacent members, joined by a line, so an interleaved domain
 * never covers another's VM); VMs on an SSI above its band; applications on top, each joined to
 * what it runs on. World y grows downwards; the hardware stands on y = 0. Plain Java.
 */
public final class StackGeometry {

    /** Which layer a piece belongs to (hit-testing and hidden layers). */
    public enum Layer { HARDWARE, HYPERVISOR, VM, APPLICATION }

    /** A drawn box: a host's hardware or hypervisor (id = the host), a VM chip, an application chip. */
    public record Piece(String id, ElementKind kind, Layer layer, Rect rect) {
    }

    /** The x range a host and everything on it stands in. */
    public record Column(String hostId, double x, double width) {
        public double maxX() {
            return x + width;
        }
    }

    /**
     * An SSI domain: its segments (one per run of adjacent members), the span from first to last
     * member, stems from each member up to its segment, and where its label goes (in a segment, or
     * in the left margin of its row when no segment is wide enough).
     */
    public record Band(String id, boolean overVms, int level, List<Rect> segments, Rect span, List<Rect> stems,
                       Rect label, boolean labelInMargin, List<String> members) {
    }

    /** A layer's name in the left margin, at the height of its row. */
    public record RowLabel(String text, Rect rect) {
    }

    static final double HARDWARE_HEIGHT = 46;
    static final double HYPERVISOR_HEIGHT = 22;
    static final double CHIP_HEIGHT = 24;
    static final double BAND_HEIGHT = 24;
    static final double APP_HEIGHT = 24;
    static final double GAP = 8;
    static final double COLUMN_GAP = 16;
    static final double CHIP_GAP = 6;
    static final double CHIP_PAD = 10;
    static final double MARGIN_GAP = 18;
    static final double STEM = 3;
    static final double CHIP_TEXT = 12;
    static final double NAME_TEXT = 13;
    static final double DETAIL_TEXT = 11;
    private static final double MIN_COLUMN = 120;

    private final Scenario scenario;
    private final Captions captions;
    private final TextMeasure measure;
    private final Map<String, Column> columns = new LinkedHashMap<>();
    private final Map<String, Piece> hardware = new LinkedHashMap<>();
    private final Map<String, Piece> hypervisors = new LinkedHashMap<>();
    private final Map<String, Piece> vms = new LinkedHashMap<>();
    private final Map<String, Piece> applications = new LinkedHashMap<>();
    private final Map<String, List<Rect>> applicationStems = new HashMap<>();
    private final Map<String, Band> bands = new LinkedHashMap<>();
    private final List<RowLabel> rowLabels = new ArrayList<>();
    private final Map<String, Integer> domainIndex = new HashMap<>();
    /** Domain ids by member (host or VM), in file order; and where each VM is placed. */
    private final Map<String, List<String>> domainsOfMember = new HashMap<>();
    private final Map<String, String> placedOn = new HashMap<>();
    private double marginWidth;
    /** The VMs on hosts, left to right (built once, for the runs of each domain over VMs). */
    private List<Piece> vmRow;
    private Rect bounds;

    private StackGeometry(Scenario s, TextMeasure measure) {
        this.scenario = s;
        this.captions = new Captions(s);
        this.measure = measure;
        for (int i = 0; i < s.ssiDomains().size(); i++) {
            SsiDomain d = s.ssiDomains().get(i);
            domainIndex.putIfAbsent(d.id(), i);
            d.members().stream().distinct().forEach(m -> domainsOfMember.computeIfAbsent(m, k -> new ArrayList<>()).add(d.id()));
        }
        s.vms().forEach(vm -> placedOn.putIfAbsent(vm.id(), vm.placedOn()));
        s.applications().forEach(a -> placedOn.putIfAbsent(a.id(), a.placedOn()));
    }

    public static StackGeometry of(Scenario s, TextMeasure measure) {
        StackGeometry g = new StackGeometry(s, measure);
        g.build();
        return g;
    }

    private void build() {
        Scenario s = scenario;
        Map<String, Host> hostsById = new HashMap<>();
        s.hosts().forEach(h -> hostsById.putIfAbsent(h.id(), h));
        Map<String, List<Vm>> onContainer = new LinkedHashMap<>();
        s.vms().forEach(vm -> onContainer.computeIfAbsent(vm.placedOn(), k -> new ArrayList<>()).add(vm));
        List<SsiDomain> hostDomains = new ArrayList<>();
        List<SsiDomain> vmDomains = new ArrayList<>();
        for (SsiDomain d : s.ssiDomains()) {
            if (d.members().isEmpty()) {
                continue;
            }
            (hostsById.containsKey(d.members().get(0)) ? hostDomains : vmDomains).add(d);
        }
        Map<String, String> vmHost = new HashMap<>();
        s.vms().forEach(vm -> vmHost.put(vm.id(), vm.placedOn()));

        List<String> order = hostOrder(s, hostDomains, vmDomains, vmHost);
        Map<String, List<String>> vmsOfHost = new HashMap<>();
        for (String h : order) {
            List<String> ids = new ArrayList<>(onContainer.getOrDefault(h, List.of()).stream().map(Vm::id).toList());
            // Members of one domain side by side, domains in file order, plain VMs last.
            ids.sort(Comparator.comparingInt(id -> firstDomainOf(id)));
            vmsOfHost.put(h, ids);
        }

        // Widths: each column as wide as its widest layer, each chip as wide as its name.
        Map<String, Double> width = new LinkedHashMap<>();
        for (String h : order) {
            double hw = Math.max(text(caption(h), NAME_TEXT, true) + 56, text(detail(h), DETAIL_TEXT, false) + 24);
            double chips = vmsOfHost.get(h).stream().mapToDouble(this::chipWidth).sum()
                    + Math.max(0, vmsOfHost.get(h).size() - 1) * CHIP_GAP + 2 * CHIP_GAP;
            width.put(h, Math.max(MIN_COLUMN, Math.max(hw, chips)));
        }
        // VMs on an SSI over hosts share the width of the domain's columns: widen them if needed.
        for (SsiDomain d : hostDomains) {
            List<Vm> riders = onContainer.getOrDefault(d.id(), List.of());
            List<String> cols = d.members().stream().filter(width::containsKey).distinct().toList();
            if (riders.isEmpty() || cols.isEmpty()) {
                continue;
            }
            double needed = riders.stream().mapToDouble(v -> chipWidth(v.id())).sum() + (riders.size() + 1) * CHIP_GAP;
            double have = cols.stream().mapToDouble(width::get).sum() + (cols.size() - 1) * COLUMN_GAP;
            if (needed > have) {
                double extra = (needed - have) / cols.size();
                cols.forEach(c -> width.merge(c, extra, Double::sum));
            }
        }
        double x = 0;
        for (String h : order) {
            columns.put(h, new Column(h, x, width.get(h)));
            x += width.get(h) + COLUMN_GAP;
        }

        // Rows, from the bottom up (y decreasing).
        double floor = 0;
        List<Rect> rowsForLabels = new ArrayList<>();
        for (Column c : columns.values()) {
            hardware.put(c.hostId(), new Piece(c.hostId(), ElementKind.HOST, Layer.HARDWARE,
                    new Rect(c.x(), floor - HARDWARE_HEIGHT, c.width(), HARDWARE_HEIGHT)));
        }
        if (!columns.isEmpty()) {
            rowLabels.add(new RowLabel("hardware", new Rect(0, floor - HARDWARE_HEIGHT, 0, HARDWARE_HEIGHT)));
        }
        double top = floor - HARDWARE_HEIGHT - GAP;

        top = placeBands(hostDomains, false, top, this::hostRuns);
        if (order.stream().anyMatch(h -> hostsById.get(h).isVirtualized())) {
            double y = top - HYPERVISOR_HEIGHT;
            for (Column c : columns.values()) {
                if (hostsById.get(c.hostId()).isVirtualized()) {
                    hypervisors.put(c.hostId(), new Piece(c.hostId(), ElementKind.HOST, Layer.HYPERVISOR,
                            new Rect(c.x(), y, c.width(), HYPERVISOR_HEIGHT)));
                }
            }
            rowLabels.add(new RowLabel("hypervisor", new Rect(0, y, 0, HYPERVISOR_HEIGHT)));
            top = y - GAP;
        }
        boolean anyVm = false;
        double vmY = top - CHIP_HEIGHT;
        for (Column c : columns.values()) {
            List<String> ids = vmsOfHost.get(c.hostId());
            double used = ids.stream().mapToDouble(this::chipWidth).sum() + Math.max(0, ids.size() - 1) * CHIP_GAP;
            double spare = ids.isEmpty() ? 0 : (c.width() - 2 * CHIP_GAP - used) / ids.size();
            double cx = c.x() + CHIP_GAP;
            for (String id : ids) {
                double w = chipWidth(id) + spare;
                vms.put(id, new Piece(id, ElementKind.VM, Layer.VM, new Rect(cx, vmY, w, CHIP_HEIGHT)));
                cx += w + CHIP_GAP;
                anyVm = true;
            }
        }
        for (SsiDomain d : hostDomains) {
            Band b = bands.get(d.id());
            anyVm |= placeRiders(onContainer.getOrDefault(d.id(), List.of()), b == null ? null : b.span(), vmY);
        }
        if (anyVm) {
            rowLabels.add(new RowLabel("VMs", new Rect(0, vmY, 0, CHIP_HEIGHT)));
            top = vmY - GAP;
        }
        top = placeBands(vmDomains, true, top, this::vmRuns);
        // VMs on an SSI over VMs (rare): one more row above those bands.
        double riderY = top - CHIP_HEIGHT;
        boolean anyRider = false;
        for (SsiDomain d : vmDomains) {
            Band b = bands.get(d.id());
            anyRider |= placeRiders(onContainer.getOrDefault(d.id(), List.of()), b == null ? null : b.span(), riderY);
        }
        if (anyRider) {
            rowLabels.add(new RowLabel("VMs on SSI", new Rect(0, riderY, 0, CHIP_HEIGHT)));
            top = riderY - GAP;
        }
        placeApplications(s.applications(), top);
        finishMargin();
        bounds = computeBounds();
    }

    /** Hosts grouped by the domains over them (or over their VMs), in file order; the rest after. */
    private static List<String> hostOrder(Scenario s, List<SsiDomain> hostDomains, List<SsiDomain> vmDomains,
                                          Map<String, String> vmHost) {
        Set<String> hosts = new LinkedHashSet<>();
        s.hosts().forEach(h -> hosts.add(h.id()));
        Set<String> order = new LinkedHashSet<>();
        for (SsiDomain d : s.ssiDomains()) {
            if (hostDomains.contains(d)) {
                d.members().stream().filter(hosts::contains).forEach(order::add);
            } else if (vmDomains.contains(d)) {
                d.members().stream().map(vmHost::get).filter(h -> h != null && hosts.contains(h)).forEach(order::add);
            }
        }
        order.addAll(hosts);
        return new ArrayList<>(order);
    }

    private int firstDomainOf(String vmId) {
        List<String> domains = domainsOfMember.get(vmId);
        return domains == null ? Integer.MAX_VALUE : domainIndex.get(domains.get(0));
    }

    /** Runs of adjacent member columns, as x ranges with the member ids they hold. */
    private List<Run> hostRuns(SsiDomain d) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        Set<String> members = Set.copyOf(d.members());
        for (Column c : columns.values()) {
            if (members.contains(c.hostId())) {
                Rect hw = hardware.get(c.hostId()).rect();
                if (current == null) {
                    current = new Run(c.x(), c.maxX(), new ArrayList<>());
                    runs.add(current);
                }
                current.maxX = c.maxX();
                current.members.add(hw);
            } else {
                current = null;
            }
        }
        return runs;
    }

    /** Runs of adjacent member VM chips, left to right. */
    private List<Run> vmRuns(SsiDomain d) {
        List<Run> runs = new ArrayList<>();
        Run current = null;
        Set<String> members = Set.copyOf(d.members());
        if (vmRow == null) {
            vmRow = vms.values().stream().filter(p -> !isRider(p.id()))
                    .sorted(Comparator.comparingDouble(p -> p.rect().x())).toList();
        }
        for (Piece p : vmRow) {
            if (members.contains(p.id())) {
                if (current == null) {
                    current = new Run(p.rect().x(), p.rect().maxX(), new ArrayList<>());
                    runs.add(current);
                }
                current.maxX = p.rect().maxX();
                current.members.add(p.rect());
            } else {
                current = null;
            }
        }
        return runs;
    }

    private boolean isRider(String vmId) {
        return domainIndex.containsKey(placedOn.get(vmId));
    }

    /** An x range of adjacent members and the boxes of those members. */
    private static final class Run {
        final double x;
        double maxX;
        final List<Rect> members;

        Run(double x, double maxX, List<Rect> members) {
            this.x = x;
            this.maxX = maxX;
            this.members = members;
        }
    }

    /**
     * Bands of one kind, each on the lowest level where it overlaps no other band; a band whose
     * label fits in none of its segments takes a level of its own and writes its name in the margin.
     * Returns the new top.
     */
    private double placeBands(List<SsiDomain> domains, boolean overVms, double top,
                              Function<SsiDomain, List<Run>> runsOf) {
        List<List<double[]>> levels = new ArrayList<>();
        List<Boolean> levelTaken = new ArrayList<>();
        Map<String, List<Run>> runsById = new HashMap<>();
        Map<String, Integer> levelOf = new HashMap<>();
        Map<String, Boolean> inMargin = new HashMap<>();
        for (SsiDomain d : domains) {
            List<Run> runs = runsOf.apply(d);
            if (runs.isEmpty()) {
                continue;
            }
            runsById.put(d.id(), runs);
            double widest = runs.stream().mapToDouble(r -> r.maxX - r.x).max().orElse(0);
            boolean margin = text(bandLabel(d.id(), "100 %"), CHIP_TEXT, true) + 2 * CHIP_PAD > widest;
            double from = runs.get(0).x;
            double to = runs.get(runs.size() - 1).maxX;
            int level = 0;
            while (level < levels.size() && !fits(levels.get(level), levelTaken.get(level), from, to, margin)) {
                level++;
            }
            if (level == levels.size()) {
                levels.add(new ArrayList<>());
                levelTaken.add(false);
            }
            levels.get(level).add(new double[] {from, to});
            levelTaken.set(level, levelTaken.get(level) || margin);
            levelOf.put(d.id(), level);
            inMargin.put(d.id(), margin);
        }
        for (SsiDomain d : domains) {
            List<Run> runs = runsById.get(d.id());
            if (runs == null) {
                continue;
            }
            int level = levelOf.get(d.id());
            double y = top - (level + 1) * BAND_HEIGHT - level * GAP;
            List<Rect> segments = new ArrayList<>();
            List<Rect> stems = new ArrayList<>();
            for (Run r : runs) {
                segments.add(new Rect(r.x, y, r.maxX - r.x, BAND_HEIGHT));
                for (Rect m : r.members) {
                    // A member of a higher band reaches it through the gaps of the lower ones.
                    double stemX = overVms ? m.centerX() : m.x() + 14;
                    stems.add(Rect.between(stemX - STEM / 2, y + BAND_HEIGHT, stemX + STEM / 2, m.y()));
                }
            }
            Rect span = Rect.between(runs.get(0).x, y, runs.get(runs.size() - 1).maxX, y + BAND_HEIGHT);
            boolean margin = inMargin.get(d.id());
            Rect first = segments.stream().max(Comparator.comparingDouble(Rect::width)).orElseThrow();
            Rect label = margin ? new Rect(0, y, 0, BAND_HEIGHT) : first;
            bands.put(d.id(), new Band(d.id(), overVms, level, List.copyOf(segments), span, List.copyOf(stems), label,
                    margin, d.members()));
            if (margin) {
                rowLabels.add(new RowLabel(caption(d.id()), label));
            }
        }
        if (levels.isEmpty()) {
            return top;
        }
        boolean anyShared = levelOf.values().stream().anyMatch(l -> !levelTaken.get(l));
        for (int level = 0; level < levels.size(); level++) {
            if (!levelTaken.get(level) && anyShared) {
                double y = top - (level + 1) * BAND_HEIGHT - level * GAP;
                rowLabels.add(new RowLabel(overVms ? "SSI over VMs" : "SSI on hosts", new Rect(0, y, 0, BAND_HEIGHT)));
            }
        }
        return top - levels.size() * (BAND_HEIGHT + GAP);
    }

    private static boolean fits(List<double[]> level, boolean taken, double from, double to, boolean wholeRow) {
        if (taken || (wholeRow && !level.isEmpty())) {
            return false;
        }
        for (double[] r : level) {
            if (from < r[1] + COLUMN_GAP / 2 && to > r[0] - COLUMN_GAP / 2) {
                return false;
            }
        }
        return true;
    }

    /** VMs on an SSI domain: one row across the domain's band, each chip an equal share. */
    private boolean placeRiders(List<Vm> riders, Rect span, double y) {
        if (riders.isEmpty() || span == null) {
            return false;
        }
        double w = (span.width() - (riders.size() + 1) * CHIP_GAP) / riders.size();
        for (int i = 0; i < riders.size(); i++) {
            String id = riders.get(i).id();
            vms.put(id, new Piece(id, ElementKind.VM, Layer.VM,
                    new Rect(span.x() + CHIP_GAP + i * (w + CHIP_GAP), y, Math.max(w, 1), CHIP_HEIGHT)));
        }
        return true;
    }

    /**
     * Applications on top, each on the lowest level where its chip overlaps no other and its stem
     * down to what it runs on crosses no chip below: over a host's column, over a VM's chip, over
     * one of a domain's segments (the first one that leaves room). Those on hosts and VMs go first.
     */
    private void placeApplications(List<Application> apps, double top) {
        List<Application> ordered = new ArrayList<>(apps);
        ordered.sort(Comparator.comparingInt(a -> domainIndex.containsKey(a.placedOn()) ? 1 : 0));
        List<List<double[]>> levels = new ArrayList<>();
        Map<String, Integer> levelOf = new HashMap<>();
        Map<String, double[]> rangeOf = new HashMap<>();
        Map<String, Rect> targetOf = new HashMap<>();
        for (Application a : ordered) {
            List<Rect> all = targetBoxes(a.placedOn());
            if (all.isEmpty()) {
                continue;
            }
            // A few candidate segments are enough to find room; a domain over 500 VMs has 500.
            List<Rect> targets = all.subList(0, Math.min(all.size(), 8));
            double need = text(appLabel(a.id()), CHIP_TEXT, false) + 2 * CHIP_PAD + 8;
            boolean placed = false;
            for (int level = 0; !placed; level++) {
                // On a fresh level the chip always fits; its stem may then have to cross one below.
                boolean fresh = level == levels.size();
                if (fresh) {
                    levels.add(new ArrayList<>());
                }
                for (double[] c : candidates(targets, need, domainIndex.containsKey(a.placedOn()))) {
                    double from = c[0];
                    double to = c[1];
                    if (fits(levels.get(level), false, from, to, false)
                            && (fresh && levels.get(level).isEmpty() && level >= 3
                            || clearBelow(levels, level, c[2]))) {
                        levels.get(level).add(new double[] {from, to});
                        levelOf.put(a.id(), level);
                        rangeOf.put(a.id(), new double[] {from, to});
                        targetOf.put(a.id(), new Rect(c[2], c[3], 0, 0));
                        placed = true;
                        break;
                    }
                }
                if (placed) {
                    break;
                }
            }
        }
        for (Application a : apps) {
            Integer level = levelOf.get(a.id());
            if (level == null) {
                continue;
            }
            double[] r = rangeOf.get(a.id());
            double y = top - (level + 1) * APP_HEIGHT - level * GAP;
            Rect chip = new Rect(r[0], y, r[1] - r[0], APP_HEIGHT);
            applications.put(a.id(), new Piece(a.id(), ElementKind.APPLICATION, Layer.APPLICATION, chip));
            Rect stemFoot = targetOf.get(a.id());
            applicationStems.put(a.id(), List.of(Rect.between(stemFoot.x() - 1, chip.maxY(), stemFoot.x() + 1,
                    stemFoot.y())));
        }
        if (!levels.isEmpty()) {
            double y = top - levels.size() * (APP_HEIGHT + GAP) + GAP;
            rowLabels.add(new RowLabel("applications", new Rect(0, y, 0, top - y)));
        }
    }

    /**
     * Where an application's chip may go: {from, to, stem x, stem foot y}. Over a wide domain
     * segment, several places side by side (so applications of one domain share a level); over a
     * VM or host, centred on it and at least as wide.
     */
    private static List<double[]> candidates(List<Rect> targets, double need, boolean onDomain) {
        List<double[]> out = new ArrayList<>();
        for (Rect t : targets) {
            if (onDomain && t.width() > need) {
                for (double cx = t.x() + need / 2; cx + need / 2 <= t.maxX() && out.size() < 40; cx += need + CHIP_GAP) {
                    out.add(new double[] {cx - need / 2, cx + need / 2, cx, t.y()});
                }
            } else {
                double w = Math.max(need, t.width());
                // Never into the margin of row labels.
                double from = Math.max(0, t.centerX() - w / 2);
                out.add(new double[] {from, from + w, t.centerX(), t.y()});
            }
        }
        return out;
    }

    /** Whether a stem at x passes no chip on the levels below. */
    private static boolean clearBelow(List<List<double[]>> levels, int level, double x) {
        for (int i = 0; i < level; i++) {
            for (double[] r : levels.get(i)) {
                if (x >= r[0] - 4 && x <= r[1] + 4) {
                    return false;
                }
            }
        }
        return true;
    }

    /** What an application stands on: a VM chip, a domain's segments, a host's topmost layer. */
    private List<Rect> targetBoxes(String target) {
        if (vms.containsKey(target)) {
            return List.of(vms.get(target).rect());
        }
        if (bands.containsKey(target)) {
            return bands.get(target).segments();
        }
        if (hypervisors.containsKey(target)) {
            return List.of(hypervisors.get(target).rect());
        }
        if (hardware.containsKey(target)) {
            return List.of(hardware.get(target).rect());
        }
        return List.of();
    }

    /** Row labels go right-aligned into a margin left of the first column. */
    private void finishMargin() {
        marginWidth = rowLabels.stream().mapToDouble(l -> text(l.text(), DETAIL_TEXT, true)).max().orElse(0);
        List<RowLabel> placed = new ArrayList<>();
        for (RowLabel l : rowLabels) {
            double w = marginWidth;
            placed.add(new RowLabel(l.text(), new Rect(-MARGIN_GAP - w, l.rect().y(), w, l.rect().height())));
        }
        rowLabels.clear();
        rowLabels.addAll(placed);
        for (Band b : List.copyOf(bands.values())) {
            if (b.labelInMargin()) {
                Rect label = new Rect(-MARGIN_GAP - marginWidth, b.label().y(), marginWidth, b.label().height());
                bands.put(b.id(), new Band(b.id(), b.overVms(), b.level(), b.segments(), b.span(), b.stems(), label,
                        true, b.members()));
            }
        }
    }

    private Rect computeBounds() {
        Rect all = null;
        for (Map<String, Piece> m : List.of(hardware, hypervisors, vms, applications)) {
            for (Piece p : m.values()) {
                all = all == null ? p.rect() : all.union(p.rect());
            }
        }
        for (Band b : bands.values()) {
            all = all == null ? b.span() : all.union(b.span()).union(b.label());
        }
        for (RowLabel l : rowLabels) {
            all = all == null ? l.rect() : all.union(l.rect());
        }
        return all == null ? new Rect(0, 0, 0, 0) : all;
    }

    private double chipWidth(String vmId) {
        return text(caption(vmId), CHIP_TEXT, false) + 2 * CHIP_PAD;
    }

    private double text(String text, double size, boolean bold) {
        return measure.width(text, size, bold);
    }

    /** The text, shortened with an ellipsis to fit a width, as measured for this drawing. */
    public String fit(String text, double width, double size, boolean bold) {
        if (text(text, size, bold) <= width) {
            return text;
        }
        for (int keep = text.length() - 1; keep > 0; keep--) {
            String shorter = text.substring(0, keep) + "…";
            if (text(shorter, size, bold) <= width) {
                return shorter;
            }
        }
        return "";
    }

    /** "SSI virtual Kerrighed A · kerrighed · 4 members" and, with a load, " · 57 %". */
    public String bandLabel(String id, String percent) {
        return "SSI " + caption(id) + " · " + detail(id) + (percent.isEmpty() ? "" : " · " + percent);
    }

    /** "▶ team A: MPI CFD ×32". */
    public String appLabel(String id) {
        return "▶ " + caption(id) + " " + detail(id);
    }

    /** The name drawn on an element (its name, or its id when unnamed). */
    public String caption(String id) {
        return captions.caption(id);
    }

    public String detail(String id) {
        return captions.detail(id);
    }

    public String hypervisorLabel(String hostId) {
        return scenario.host(hostId).map(h -> h.hypervisor() == null ? "" : "hypervisor · " + h.hypervisor().kind())
                .orElse("");
    }

    /** The element under a point, most specific first: application, VM, SSI band, hypervisor or hardware (its host). */
    public String hit(double x, double y, LayerVisibility layers) {
        if (layers.applications()) {
            for (Piece p : applications.values()) {
                if (p.rect().contains(x, y)) {
                    return p.id();
                }
            }
        }
        if (layers.vms()) {
            for (Piece p : vms.values()) {
                if (p.rect().contains(x, y)) {
                    return p.id();
                }
            }
        }
        if (layers.ssi()) {
            for (Band b : bands.values()) {
                if (b.label().contains(x, y) || b.segments().stream().anyMatch(r -> r.contains(x, y))) {
                    return b.id();
                }
            }
        }
        if (layers.hardware()) {
            for (Map<String, Piece> m : List.of(hypervisors, hardware)) {
                for (Piece p : m.values()) {
                    if (p.rect().contains(x, y)) {
                        return p.id();
                    }
                }
            }
        }
        return null;
    }

    /**
     * Where a VM dropped at a point goes: an SSI domain over hosts whose band is under the point
     * (a VM on the SSI), else the host whose column holds the point. Null outside every column.
     */
    public String containerAt(double x, double y) {
        for (Band b : bands.values()) {
            if (!b.overVms() && b.segments().stream().anyMatch(r -> r.contains(x, y))) {
                return b.id();
            }
        }
        for (Column c : columns.values()) {
            if (x >= c.x() && x <= c.maxX() && y <= 0 && y >= bounds.y()) {
                return c.hostId();
            }
        }
        return null;
    }

    /** Ids of the pieces lying wholly inside a rectangle (rubber band). */
    public List<String> idsInside(Rect area, LayerVisibility layers) {
        Set<String> inside = new LinkedHashSet<>();
        if (layers.hardware()) {
            hardware.values().stream().filter(p -> area.contains(p.rect())).forEach(p -> inside.add(p.id()));
        }
        if (layers.vms()) {
            vms.values().stream().filter(p -> area.contains(p.rect())).forEach(p -> inside.add(p.id()));
        }
        if (layers.ssi()) {
            bands.values().stream().filter(b -> area.contains(b.span())).forEach(b -> inside.add(b.id()));
        }
        if (layers.applications()) {
            applications.values().stream().filter(p -> area.contains(p.rect())).forEach(p -> inside.add(p.id()));
        }
        return new ArrayList<>(inside);
    }

    /** The box of an element as drawn: a host's hardware, a VM's chip, a band's span, an application. */
    public Optional<Rect> boundsOf(String id) {
        for (Map<String, Piece> m : List.of(hardware, vms, applications)) {
            if (m.containsKey(id)) {
                return Optional.of(m.get(id).rect());
            }
        }
        return Optional.ofNullable(bands.get(id)).map(Band::span);
    }

    /** The colour index of a domain (its place in the file), or -1. */
    public int domainIndex(String id) {
        return domainIndex.getOrDefault(id, -1);
    }

    /** The domains a VM or host is a member of, in file order. */
    public List<String> domainsOf(String memberId) {
        return domainsOfMember.getOrDefault(memberId, List.of());
    }

    /** The host or SSI domain a VM is placed on (or the VM, host or domain an application runs on), or null. */
    public String placedOn(String vmId) {
        return placedOn.get(vmId);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Map<String, Column> columns() {
        return Collections.unmodifiableMap(columns);
    }

    public Map<String, Piece> hardware() {
        return Collections.unmodifiableMap(hardware);
    }

    public Map<String, Piece> hypervisors() {
        return Collections.unmodifiableMap(hypervisors);
    }

    public Map<String, Piece> vms() {
        return Collections.unmodifiableMap(vms);
    }

    public Map<String, Piece> applications() {
        return Collections.unmodifiableMap(applications);
    }

    public List<Rect> applicationStems(String appId) {
        return applicationStems.getOrDefault(appId, List.of());
    }

    public Map<String, Band> bands() {
        return Collections.unmodifiableMap(bands);
    }

    public List<RowLabel> rowLabels() {
        return Collections.unmodifiableList(rowLabels);
    }

    /** Everything drawn, margin included; a zero rectangle for an empty scenario. */
    public Rect bounds() {
        return bounds;
    }
}
