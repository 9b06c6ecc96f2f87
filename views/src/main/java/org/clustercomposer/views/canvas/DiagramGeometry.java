package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.clustercomposer.scenario.Application;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.OverlayMap;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Link;

/**
 * Where everything is drawn, computed from a scenario: node boxes from the layout, VM chips
 * inside their host (or in a row on their SSI domain), SSI hulls around their members,
 * application badges under what they run on. Rebuilt from the scenario after each edit, keyed by
 * id; the canvas never holds state of its own about elements. Plain Java: testable without FX.
 */
public final class DiagramGeometry {

    /** A drawn box: a node, a VM chip or an application badge. */
    public record Box(String id, ElementKind kind, Rect rect) {
    }

    /** A link drawn between the centres of its two nodes. */
    public record Segment(String id, double x1, double y1, double x2, double y2) {
        public Rect bounds() {
            return Rect.between(x1, y1, x2, y2);
        }

        public double distanceTo(double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double lengthSquared = dx * dx + dy * dy;
            double t = lengthSquared == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / lengthSquared));
            return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
        }
    }

    /**
     * An SSI domain's padded convex outline. Sparse: its members cover little of it (VMs spread
     * over many hosts), so it is drawn as an outline only, not a wash over everything between.
     * Pieces: for a domain over VMs, one box around each run of adjacent member chips; it is drawn
     * and hit as those boxes, so it never encloses another domain's VM (interleaved domains).
     */
    public record Hull(String id, List<ConvexHull.Point> outline, Rect bounds, Rect label, boolean sparse,
                       List<Rect> pieces) {
        public Hull {
            pieces = pieces == null ? List.of() : List.copyOf(pieces);
        }

        /** Whether a point is on the drawn domain: in one of its pieces, or inside its outline. */
        public boolean covers(double x, double y) {
            if (!pieces.isEmpty()) {
                return pieces.stream().anyMatch(r -> r.contains(x, y));
            }
            return bounds.contains(x, y) && ConvexHull.contains(outline, x, y);
        }
    }

    private static final double SPARSE_COVER = 0.15;
    /** Where a label being placed again stood: it collides with nothing (NaN compares false). */
    private static final Rect NOWHERE = new Rect(Double.NaN, Double.NaN, 0, 0);
    // A full build fills these; a moved copy holds overlays of them (OverlayMap), so a drag move copies no map.
    private Map<String, Box> nodes = new LinkedHashMap<>();
    private Map<String, Box> vms = new LinkedHashMap<>();
    private Map<String, Box> applications = new LinkedHashMap<>();
    private Map<String, Segment> links = new LinkedHashMap<>();
    private Map<String, Hull> hulls = new LinkedHashMap<>();
    /** For an application on a VM, the line from its badge up to the VM's chip. */
    private Map<String, Segment> applicationLinks = new HashMap<>();
    // What depends only on the design's structure, not on where nodes stand: shared by moved copies.
    private Map<String, List<String>> vmsByContainer = new HashMap<>();
    private Map<String, String> containerOf = new HashMap<>();
    /** For each host or VM, the file indices of the SSI domains it is a member of (their colours). */
    private Map<String, List<Integer>> domainsOfMember = new HashMap<>();
    /** Each SSI domain's index in the file (its colour): the renderer asks it per domain per frame. */
    private Map<String, Integer> domainIndices = new HashMap<>();
    private Captions captions;
    private Map<String, String> firstMembers = new HashMap<>();
    private Structure structure;
    /** For a domain over VMs, the bottom of the lowest host holding one: its label goes below that. */
    private Map<String, Double> memberHostsBottom = new HashMap<>();
    /** Labels (by domain) and badges (by application) placed so far, so later ones keep clear of them. */
    private Map<String, Rect> occupied = new LinkedHashMap<>();
    private Rect bounds;
    /** Hosts show a count of their VMs, not a chip each, and are only as tall as that needs. */
    private final boolean vmCounts;
    private Scenario source;
    private Map<String, Position> placed;
    /** The same design at the other level of detail, built on first use and sharing the placement. */
    private DiagramGeometry twin;
    /** The full build a moved copy's overlays read through to (itself for a full build), and what moved since. */
    private DiagramGeometry root = this;
    private Set<String> movedSinceRoot = Set.of();
    // In a full build: the bounds of what does not move while the nodes that are moving move (one per drag).
    private Set<String> stillFor;
    private Rect stillBounds;
    /** Whether the structure-only maps came from another geometry of the same design. */
    private boolean structureShared;
    // During a full build only: the labels and badges placed so far, and the hull outlines, by place.
    private RectGrid<Rect> occupiedNear;
    private RectGrid<Hull> outlinesNear;
    /** Cells per side of those grids: a few labels per cell on a design of 1,000 domains. */
    private static final int GRID_SIDE = 64;

    /** Who is on what, for a moved copy to find what a move touches without a walk over the design. */
    private static final class Structure {
        final Map<String, List<Link>> linksOf = new HashMap<>();
        final Map<String, List<String>> applicationsOn = new HashMap<>();
        final Map<String, SsiDomain> domains = new HashMap<>();
        final Map<String, Integer> hullOrder = new HashMap<>();

        Structure(Scenario s, Collection<String> hullsInBuildOrder) {
            for (Link l : s.links()) {
                linksOf.computeIfAbsent(l.from(), k -> new ArrayList<>()).add(l);
                linksOf.computeIfAbsent(l.to(), k -> new ArrayList<>()).add(l);
            }
            s.applications().forEach(a -> applicationsOn.computeIfAbsent(a.placedOn(), k -> new ArrayList<>()).add(a.id()));
            s.ssiDomains().forEach(d -> domains.put(d.id(), d));
            hullsInBuildOrder.forEach(id -> hullOrder.put(id, hullOrder.size()));
        }
    }

    private DiagramGeometry(boolean vmCounts) {
        this.vmCounts = vmCounts;
    }

    public static DiagramGeometry of(Scenario s) {
        DiagramGeometry g = new DiagramGeometry(false);
        g.build(s, null);
        return g;
    }

    /**
     * The geometry as drawn at a scale, built directly: zoomed out, only the compact level (VM
     * counts) is built, and the full one follows from {@link #forScale} when something asks for it.
     */
    public static DiagramGeometry of(Scenario s, double scale) {
        return of(s, scale, null);
    }

    /**
     * {@link #of(Scenario, double)}, taking from {@code previous} (may be null) what depends only on the
     * design's structure when {@code s} differs from its scenario in the layout alone (an auto-layout,
     * the drop after a drag): captions, the VMs on each container, domain membership.
     */
    public static DiagramGeometry of(Scenario s, double scale, DiagramGeometry previous) {
        DiagramGeometry g = new DiagramGeometry(scale < DiagramRenderer.VM_DETAIL_SCALE);
        if (previous != null && s.sameExceptLayout(previous.source)) {
            g.shareStructureOf(previous);
        }
        g.build(s, null);
        return g;
    }

    /** Takes another geometry's structure-only maps (same design but for the layout): build does not make them again. */
    private void shareStructureOf(DiagramGeometry other) {
        captions = other.captions;
        vmsByContainer = other.vmsByContainer;
        containerOf = other.containerOf;
        domainsOfMember = other.domainsOfMember;
        domainIndices = other.domainIndices;
        structureShared = true;
    }

    /**
     * The geometry drawn at a scale: this one with a chip per VM, or, below
     * {@link DiagramRenderer#VM_DETAIL_SCALE}, its twin whose compact hosts show a VM count.
     * Both have the same node positions. Hit-testing the returned geometry matches the drawing.
     */
    public DiagramGeometry forScale(double scale) {
        if ((scale < DiagramRenderer.VM_DETAIL_SCALE) == vmCounts) {
            return this;
        }
        if (twin == null) {
            twin = new DiagramGeometry(!vmCounts);
            twin.shareStructureOf(this); // one scenario: its captions and indexes are made once
            twin.build(source, placed);
            twin.twin = this;
        }
        return twin;
    }

    /** {@link #movedTo(Scenario, Collection)} for whichever nodes moved (found by a look at every node). */
    public DiagramGeometry movedTo(Scenario next) {
        return movedTo(next, nodes.keySet());
    }

    /**
     * This geometry after an edit that moved some of {@code movedNodes} and changed nothing else
     * ({@link Scenario#sameExceptLayout}), at the same level of detail: the moved nodes' boxes, the
     * chips and badges on them translate, their links and the hulls over them are computed again,
     * and nothing else is (no caption is measured, no label searched for over the whole drawing).
     * A label whose hull changed shape is placed again clear of the others; a full build may put
     * it elsewhere, so a drag ends with one (see docs/decisions/0450). Returns this geometry when
     * nothing moved, and a full build when {@code next} differs in more than the layout.
     * Runs in O(what the moved nodes carry): maps are overlays of the last full build's, the links, hulls and badges
     * touched are found by index; hull outlines and re-placed labels cost what they always did. The first move of a
     * drag also sums the bounds of what stays put, once.
     */
    public DiagramGeometry movedTo(Scenario next, Collection<String> movedNodes) {
        if (!next.sameExceptLayout(source)) {
            return vmCounts ? of(next, 0) : of(next);
        }
        Map<String, Position> now = next.layout().positions();
        Map<String, double[]> moved = new HashMap<>();
        for (String id : movedNodes) {
            Box b = nodes.get(id);
            Position p = now.get(id);
            if (b != null && p != null && (p.x() != b.rect().x() || p.y() != b.rect().y())) {
                moved.put(id, new double[] {p.x() - b.rect().x(), p.y() - b.rect().y()});
            }
        }
        if (moved.isEmpty()) {
            return this;
        }
        DiagramGeometry g = new DiagramGeometry(vmCounts);
        g.source = next;
        g.root = root;
        g.movedSinceRoot = new HashSet<>(movedSinceRoot);
        g.movedSinceRoot.addAll(moved.keySet());
        g.captions = captions;
        g.vmsByContainer = vmsByContainer;
        g.containerOf = containerOf;
        g.domainsOfMember = domainsOfMember;
        g.domainIndices = domainIndices;
        g.firstMembers = firstMembers;
        g.structure = structure();
        g.memberHostsBottom = new HashMap<>(memberHostsBottom); // one entry per domain over VMs
        OverlayMap<Position> nextPlaced = OverlayMap.over(placed);
        moved.keySet().forEach(id -> nextPlaced.put(id, now.get(id)));
        g.placed = nextPlaced;
        g.nodes = OverlayMap.over(nodes);
        g.vms = OverlayMap.over(vms);
        g.applications = OverlayMap.over(applications);
        g.applicationLinks = OverlayMap.over(applicationLinks);
        g.links = OverlayMap.over(links);
        g.hulls = OverlayMap.over(hulls);
        g.occupied = OverlayMap.over(occupied);
        // Boxes that moved, by how much: hulls over them are computed again.
        Map<String, double[]> shifted = new HashMap<>();
        moved.forEach((id, d) -> {
            g.nodes.put(id, translated(nodes.get(id), d));
            shifted.put(id, d);
            for (String vm : vmsOn(id)) {
                g.vms.put(vm, translated(vms.get(vm), d));
                shifted.put(vm, d);
            }
        });
        for (String id : moved.keySet()) {
            for (Link link : g.structure.linksOf.getOrDefault(id, List.of())) {
                Box a = g.nodes.get(link.from());
                Box b = g.nodes.get(link.to());
                if (a != null && b != null) {
                    g.links.put(link.id(), new Segment(link.id(), a.rect().centerX(), a.rect().centerY(),
                            b.rect().centerX(), b.rect().centerY()));
                }
            }
        }
        // Hulls over anything shifted, in the order they were built (a domain over riders of another comes after it).
        TreeMap<Integer, String> pending = new TreeMap<>();
        shifted.keySet().forEach(id -> g.enqueueDomainsOf(id, -1, pending));
        Map<String, Hull> rebuilt = new LinkedHashMap<>();
        while (!pending.isEmpty()) {
            Map.Entry<Integer, String> next1 = pending.pollFirstEntry();
            Hull h = hulls.get(next1.getValue());
            Hull fresh = g.hullOf(g.structure.domains.get(h.id()), null);
            if (fresh == null) {
                continue;
            }
            double dx = fresh.bounds().x() - h.bounds().x();
            double dy = fresh.bounds().y() - h.bounds().y();
            for (String rider : vmsOn(h.id())) {
                shifted.put(rider, new double[] {dx, dy});
                g.enqueueDomainsOf(rider, next1.getKey(), pending);
            }
            g.hulls.put(h.id(), fresh);
            rebuilt.put(h.id(), h);
            g.occupied.put(h.id(), NOWHERE);
        }
        for (Map.Entry<String, Hull> e : rebuilt.entrySet()) {
            Hull old = e.getValue();
            Hull fresh = g.hulls.get(e.getKey());
            boolean translatedOnly = Math.abs(fresh.bounds().width() - old.bounds().width()) < 1e-6
                    && Math.abs(fresh.bounds().height() - old.bounds().height()) < 1e-6;
            Rect label = translatedOnly ? old.label().moved(fresh.bounds().x() - old.bounds().x(),
                    fresh.bounds().y() - old.bounds().y()) : g.labelFor(fresh);
            g.occupied.put(fresh.id(), label);
            g.hulls.put(fresh.id(), new Hull(fresh.id(), fresh.outline(), fresh.bounds(), label, fresh.sparse(), fresh.pieces()));
            // Badges of applications on the domain hang under its hull.
            shifted.putIfAbsent(fresh.id(), new double[] {fresh.bounds().x() - old.bounds().x(),
                    fresh.bounds().maxY() - old.bounds().maxY()});
        }
        // An application on a VM hangs under the VM's host: it moves with the host.
        shifted.forEach((on, d) -> {
            for (String app : g.structure.applicationsOn.getOrDefault(on, List.of())) {
                Box badge = applications.get(app);
                if (badge != null) {
                    g.applications.put(app, translated(badge, d));
                    Segment l = applicationLinks.get(app);
                    if (l != null) {
                        g.applicationLinks.put(app, new Segment(l.id(), l.x1() + d[0], l.y1() + d[1], l.x2() + d[0], l.y2() + d[1]));
                    }
                }
            }
        });
        g.bounds = g.boundsAfterMove();
        return g;
    }

    // Queues, by build order, the hulls of the domains an element is a member of that come after position "after".
    private void enqueueDomainsOf(String member, int after, TreeMap<Integer, String> pending) {
        for (int index : domainsOf(member)) {
            String domain = source.ssiDomains().get(index).id();
            Integer order = structure.hullOrder.get(domain);
            if (order != null && order > after) {
                pending.put(order, domain);
            }
        }
    }

    private Structure structure() {
        if (structure == null) {
            structure = new Structure(source, hulls.keySet());
        }
        return structure;
    }

    /**
     * A moved copy's bounds: those of what stayed put since the full build (summed once per drag, kept by the full
     * build) and of what moves now.
     */
    private Rect boundsAfterMove() {
        Set<String> attached = attachedTo(movedSinceRoot);
        if (!attached.equals(root.stillFor)) {
            root.stillFor = attached;
            root.stillBounds = root.boundsWithout(attached);
        }
        Rect all = root.stillBounds;
        for (String id : attached) {
            Box box = nodes.containsKey(id) ? nodes.get(id) : applications.get(id);
            if (box != null) {
                all = union(all, box.rect());
            }
            Hull h = hulls.get(id);
            if (h != null) {
                all = union(union(all, h.bounds()), h.label());
            }
        }
        return all == null ? new Rect(0, 0, 0, 0) : all;
    }

    private static Rect union(Rect all, Rect r) {
        return r == null ? all : all == null ? r : all.union(r);
    }

    /**
     * Everything whose drawing {@link #movedTo} changes when these nodes move: the nodes, the VMs
     * on them, their links, the hulls over any of those (and the VMs riding those domains), and
     * the application badges on any of them. The canvas draws the rest once per drag.
     * O(what they carry), by the same indexes as {@link #movedTo}.
     */
    public Set<String> attachedTo(Collection<String> movingNodes) {
        Structure index = structure();
        Set<String> out = new HashSet<>();
        for (String id : movingNodes) {
            if (nodes.containsKey(id)) {
                out.add(id);
                out.addAll(vmsOn(id));
                index.linksOf.getOrDefault(id, List.of()).forEach(l -> out.add(l.id()));
            }
        }
        // In build order, as movedTo goes: a domain over riders of a moved domain moves too.
        TreeMap<Integer, String> pending = new TreeMap<>();
        List.copyOf(out).forEach(id -> enqueueDomainsOf(id, -1, pending));
        while (!pending.isEmpty()) {
            Map.Entry<Integer, String> hull = pending.pollFirstEntry();
            out.add(hull.getValue());
            for (String rider : vmsOn(hull.getValue())) {
                out.add(rider);
                enqueueDomainsOf(rider, hull.getKey(), pending);
            }
        }
        for (String id : List.copyOf(out)) {
            out.addAll(index.applicationsOn.getOrDefault(id, List.of()));
        }
        return out;
    }

    /**
     * These elements in drawing order (each map's own), so a part drawn from them alone comes out in
     * the order of a whole redraw. O(elements): the canvas asks once per drag.
     */
    public Set<String> inDrawingOrder(Set<String> ids) {
        Set<String> ordered = new LinkedHashSet<>();
        for (Map<String, ?> drawn : List.of(nodes, vms, links, hulls, applications)) {
            drawn.keySet().stream().filter(ids::contains).forEach(ordered::add);
        }
        return ordered;
    }

    private static Box translated(Box b, double[] d) {
        return new Box(b.id(), b.kind(), b.rect().moved(d[0], d[1]));
    }

    /** The scenario this geometry was built from. */
    Scenario source() {
        return source;
    }

    /** Whether hosts show VM counts instead of chips. */
    public boolean vmCounts() {
        return vmCounts;
    }

    private void build(Scenario s, Map<String, Position> given) {
        source = s;
        // Sized once: growing a map of 100,000 VMs was a tenth of a build.
        vms = new LinkedHashMap<>(capacity(s.vms().size()));
        if (!structureShared) {
            buildStructure(s);
        }
        placed = given != null ? given : NodePositions.positions(s, this::chipSlots);
        s.hosts().forEach(h -> addNode(h.id(), ElementKind.HOST, placed));
        s.switches().forEach(e -> addNode(e.id(), ElementKind.SWITCH, placed));
        s.storages().forEach(e -> addNode(e.id(), ElementKind.STORAGE, placed));
        for (Box host : List.copyOf(nodes.values())) {
            if (host.kind() == ElementKind.HOST) {
                List<String> onHost = vmsByContainer.getOrDefault(host.id(), List.of());
                if (vmCounts) {
                    // Each VM stands on its host's count badge, so hulls over VMs wrap what is drawn.
                    Rect badge = Shapes.vmCountBadge(host.rect());
                    onHost.forEach(id -> vms.put(id, new Box(id, ElementKind.VM, badge)));
                } else {
                    placeChipsInside(host.rect(), onHost);
                }
            }
        }
        for (Link link : s.links()) {
            Box a = nodes.get(link.from());
            Box b = nodes.get(link.to());
            if (a != null && b != null) {
                links.put(link.id(), new Segment(link.id(), a.rect().centerX(), a.rect().centerY(),
                        b.rect().centerX(), b.rect().centerY()));
            }
        }
        buildHulls(s.ssiDomains());
        Rect area = boundsWithout(Set.of());
        if (area != null) {
            occupiedNear = new RectGrid<>(area, GRID_SIDE);
            outlinesNear = new RectGrid<>(area, GRID_SIDE);
            hulls.values().stream().filter(h -> h.pieces().isEmpty()).forEach(h -> outlinesNear.add(h.bounds(), h));
        }
        // Applications on VMs first, right under their VM's host and tied to the chip, so a domain
        // label below that host does not seem to own them.
        placeApplications(s.applications().stream().filter(a -> vms.containsKey(a.placedOn())).toList());
        placeHullLabels();
        placeApplications(s.applications().stream().filter(a -> !vms.containsKey(a.placedOn())).toList());
        occupiedNear = null;
        outlinesNear = null;
        bounds = computeBounds();
    }

    /** What depends only on the design's structure: captions, the VMs on each container (members of a domain side by side), membership. */
    private void buildStructure(Scenario s) {
        captions = new Captions(s);
        containerOf = new HashMap<>(capacity(s.vms().size()));
        for (Vm vm : s.vms()) {
            vmsByContainer.computeIfAbsent(vm.placedOn(), k -> new ArrayList<>()).add(vm.id());
            containerOf.put(vm.id(), vm.placedOn());
        }
        for (int i = 0; i < s.ssiDomains().size(); i++) {
            domainIndices.putIfAbsent(s.ssiDomains().get(i).id(), i);
            for (String m : s.ssiDomains().get(i).members()) {
                domainsOfMember.computeIfAbsent(m, k -> new ArrayList<>()).add(i);
            }
        }
        // Members of one domain over VMs side by side in each host, so its pieces hold only members.
        Map<String, Integer> domainOfVm = new HashMap<>();
        for (int i = s.ssiDomains().size() - 1; i >= 0; i--) {
            int index = i;
            s.ssiDomains().get(i).members().forEach(m -> domainOfVm.put(m, index));
        }
        vmsByContainer.values().forEach(ids -> ids.sort(Comparator.comparingInt(
                id -> domainOfVm.getOrDefault(id, Integer.MAX_VALUE))));
    }

    private static int capacity(int entries) {
        return (int) (entries / 0.75) + 1;
    }

    /** Marks a label's or badge's place taken. */
    private void occupy(String id, Rect r) {
        occupied.put(id, r);
        if (occupiedNear != null) {
            occupiedNear.add(r, r);
        }
    }

    /**
     * A domain's label goes above its hull, or below it for a hull over VMs (which sits inside
     * host boxes); labels that would overlap move further out.
     */
    private void placeHullLabels() {
        for (Hull h : List.copyOf(hulls.values())) {
            Rect label = labelFor(h);
            occupy(h.id(), label);
            hulls.put(h.id(), new Hull(h.id(), h.outline(), h.bounds(), label, h.sparse(), h.pieces()));
        }
    }

    /** Where a hull's label goes, clear of the labels and badges placed so far. */
    private Rect labelFor(Hull h) {
        boolean below = vms.containsKey(firstMembers.get(h.id()));
        String text = "SSI " + caption(h.id()) + " · " + detail(h.id()) + " · 100 %";
        double width = Painter.approximateWidth(text, 12, true) + 8;
        double y = below ? Math.max(h.bounds().maxY(), memberHostsBottom.getOrDefault(h.id(), 0.0)) + 2
                : h.bounds().y() - 18;
        Rect label = new Rect(h.bounds().x() + 4, y, width, 16);
        // Clear of other labels, and of the border of a domain around this one's hosts.
        for (int tries = 0; tries < 40 && (collides(label) || crossesAnotherOutline(label, h.id())); tries++) {
            label = label.moved(0, below ? 8 : -8);
        }
        return label;
    }

    private boolean crossesAnotherOutline(Rect r, String own) {
        if (outlinesNear != null) {
            return outlinesNear.anyNear(r, other -> !other.id().equals(own) && other.bounds().intersects(r)
                    && crosses(other.outline(), r));
        }
        for (Hull other : hulls.values()) {
            if (!other.id().equals(own) && other.pieces().isEmpty() && other.bounds().intersects(r)
                    && crosses(other.outline(), r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an outline's edges pass through a rectangle (sampled every 2 units). */
    static boolean crosses(List<ConvexHull.Point> outline, Rect r) {
        for (int i = 0; i < outline.size(); i++) {
            ConvexHull.Point a = outline.get(i);
            ConvexHull.Point b = outline.get((i + 1) % outline.size());
            int steps = (int) Math.ceil(Math.hypot(b.x() - a.x(), b.y() - a.y()) / 2) + 1;
            for (int k = 0; k <= steps; k++) {
                double t = (double) k / steps;
                if (r.contains(a.x() + t * (b.x() - a.x()), a.y() + t * (b.y() - a.y()))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** One padded box around each run of adjacent member chips in one row of one host. */
    private List<Rect> piecesAround(List<String> members) {
        List<Rect> chips = members.stream().map(vms::get).filter(b -> b != null).map(Box::rect)
                .sorted(Comparator.comparingDouble(Rect::y).thenComparingDouble(Rect::x)).toList();
        List<Rect> pieces = new ArrayList<>();
        Rect run = null;
        for (Rect c : chips) {
            if (run != null && Math.abs(c.y() - run.y()) < 0.5 && c.x() - run.maxX() <= Shapes.VM_GAP + 0.5) {
                run = run.union(c);
            } else {
                if (run != null) {
                    pieces.add(run.grow(Shapes.VM_HULL_PADDING));
                }
                run = c;
            }
        }
        if (run != null) {
            pieces.add(run.grow(Shapes.VM_HULL_PADDING));
        }
        return pieces;
    }

    private boolean collides(Rect r) {
        if (occupiedNear != null) {
            return occupiedNear.anyNear(r, o -> o.intersects(r));
        }
        for (Rect o : occupied.values()) {
            if (o.intersects(r)) {
                return true;
            }
        }
        return false;
    }

    /** Whether any two node boxes overlap (a layout made for other box sizes, say). */
    public boolean nodesOverlap() {
        List<Rect> boxes = nodes.values().stream().map(Box::rect)
                .sorted(Comparator.comparingDouble(Rect::x)).toList();
        for (int i = 0; i < boxes.size(); i++) {
            Rect a = boxes.get(i).grow(-1);
            for (int j = i + 1; j < boxes.size() && boxes.get(j).x() < a.maxX(); j++) {
                if (a.intersects(boxes.get(j).grow(-1))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The first member of an SSI domain, or null. */
    public String firstMember(String domainId) {
        return firstMembers.get(domainId);
    }

    /** The name drawn on an element (its name, or its id when unnamed). */
    public String caption(String id) {
        return captions.caption(id);
    }

    /** A second, smaller line: "16 × 2.4 GHz · 64 GiB" for a host. */
    public String detail(String id) {
        return captions.detail(id);
    }

    private int vmCount(String hostId) {
        return vmsByContainer.getOrDefault(hostId, List.of()).size();
    }

    /** Chip places a host needs: three per row of chips (chips sized to their names). */
    private int chipSlots(String hostId) {
        List<String> ids = vmsByContainer.getOrDefault(hostId, List.of());
        return Shapes.VM_COLUMNS * Shapes.chipRows(ids.stream().map(id -> Shapes.vmChipWidth(caption(id))).toList());
    }

    private void addNode(String id, ElementKind kind, Map<String, Position> placed) {
        Position p = placed.get(id);
        double height = vmCounts && kind == ElementKind.HOST ? Shapes.countedHostHeight(vmCount(id))
                : Shapes.height(kind, chipSlots(id));
        nodes.put(id, new Box(id, kind, new Rect(p.x(), p.y(), Shapes.width(kind, caption(id)), height)));
    }

    /** Chips as wide as their names, left to right, a new row when the host's inside is full. */
    private void placeChipsInside(Rect host, List<String> ids) {
        double inner = Shapes.HOST_WIDTH - 2 * Shapes.HOST_PADDING;
        double dx = 0;
        int row = 0;
        for (String id : ids) {
            double w = Shapes.vmChipWidth(caption(id));
            if (dx > 0 && dx + w > inner) {
                row++;
                dx = 0;
            }
            double y = host.y() + Shapes.HOST_HEADER + row * (Shapes.VM_HEIGHT + Shapes.VM_GAP);
            vms.put(id, new Box(id, ElementKind.VM, new Rect(host.x() + Shapes.HOST_PADDING + dx, y, w, Shapes.VM_HEIGHT)));
            dx += w + Shapes.VM_GAP;
        }
    }

    /**
     * Domains over hosts first; domains over VMs once their member VMs have chips, which may need
     * several rounds when VMs sit on a domain that is itself a member of another.
     */
    private void buildHulls(List<SsiDomain> domains) {
        domains.stream().filter(d -> !d.members().isEmpty()).forEach(d -> firstMembers.put(d.id(), d.members().get(0)));
        List<SsiDomain> pending = new ArrayList<>(domains);
        boolean progress = true;
        while (!pending.isEmpty() && progress) {
            progress = false;
            for (var it = pending.iterator(); it.hasNext(); ) {
                Hull hull = hullOf(it.next(), null);
                if (hull != null) {
                    hulls.put(hull.id(), hull);
                    it.remove();
                    progress = true;
                }
            }
        }
    }

    /**
     * A domain's hull around its members' boxes as they stand now (its riders, the VMs placed on
     * the domain, are put in a row above it), with a label; null while a member has no box yet.
     */
    private Hull hullOf(SsiDomain d, Rect label) {
        List<Rect> members = new ArrayList<>();
        for (String m : d.members()) {
            Box box = nodes.containsKey(m) ? nodes.get(m) : vms.get(m);
            if (box != null) {
                members.add(box.rect());
            }
        }
        if (members.size() < d.members().size() || members.isEmpty()) {
            return null;
        }
        Rect memberBounds = members.stream().reduce(Rect::union).orElseThrow();
        List<String> riders = vmsByContainer.getOrDefault(d.id(), List.of());
        for (int i = 0; i < riders.size(); i++) {
            Rect chip = new Rect(memberBounds.x() + i * (Shapes.VM_WIDTH + Shapes.VM_GAP),
                    memberBounds.y() - Shapes.HULL_PADDING - Shapes.VM_HEIGHT - 4, Shapes.VM_WIDTH, Shapes.VM_HEIGHT);
            vms.put(riders.get(i), new Box(riders.get(i), ElementKind.VM, chip));
            members.add(chip);
        }
        // Over VM chips the hull stays tight, clear of the host's name and figures above them.
        boolean overVms = vms.containsKey(d.members().get(0));
        if (overVms) {
            memberHostsBottom.put(d.id(), lowestHostBottom(d.members()));
        }
        List<ConvexHull.Point> outline = ConvexHull.paddedAround(members,
                overVms ? Shapes.VM_HULL_PADDING : Shapes.HULL_PADDING);
        Rect hullBounds = boundsOf(outline);
        double covered = members.stream().mapToDouble(r -> r.width() * r.height()).sum();
        boolean sparse = covered < SPARSE_COVER * hullBounds.width() * hullBounds.height();
        return new Hull(d.id(), outline, hullBounds, label, sparse, overVms ? piecesAround(d.members()) : List.of());
    }

    private double lowestHostBottom(List<String> vmIds) {
        double bottom = -Double.MAX_VALUE;
        for (String vm : vmIds) {
            Box host = nodes.get(containerOf.get(vm));
            if (host != null) {
                bottom = Math.max(bottom, host.rect().maxY());
            }
        }
        return bottom;
    }

    private void placeApplications(List<Application> apps) {
        for (Application app : apps) {
            Optional<Rect> anchor = anchorOf(app.placedOn());
            if (anchor.isEmpty()) {
                continue;
            }
            Rect a = anchor.get();
            Box chip = vms.get(app.placedOn());
            double x = chip == null ? a.x() : Math.min(chip.rect().x(), a.maxX() - Shapes.APP_WIDTH);
            Rect badge = new Rect(x, a.maxY() + 6, Shapes.APP_WIDTH, Shapes.APP_HEIGHT);
            while (collides(badge)) {
                badge = badge.moved(0, Shapes.APP_HEIGHT + 4);
            }
            occupy(app.id(), badge);
            applications.put(app.id(), new Box(app.id(), ElementKind.APPLICATION, badge));
            if (chip != null) {
                double cx = Math.max(badge.x() + 8, Math.min(badge.maxX() - 8, chip.rect().centerX()));
                applicationLinks.put(app.id(), new Segment(app.id(), cx, badge.y(), cx, chip.rect().maxY()));
            }
        }
    }

    /** Badges hang under a host or domain; an application on a VM hangs under the VM's host. */
    private Optional<Rect> anchorOf(String target) {
        if (nodes.containsKey(target)) {
            return Optional.of(nodes.get(target).rect());
        }
        if (hulls.containsKey(target)) {
            return Optional.of(hulls.get(target).bounds());
        }
        Box chip = vms.get(target);
        if (chip == null) {
            return Optional.empty();
        }
        // Its host, found by index (a look at every node per badge was O(nodes x applications)).
        Box host = nodes.get(containerOf.get(target));
        if (host != null && host.rect().contains(chip.rect())) {
            return Optional.of(host.rect());
        }
        return nodes.values().stream().filter(n -> n.rect().contains(chip.rect())).map(Box::rect).findFirst()
                .or(() -> Optional.of(chip.rect()));
    }

    private static Rect boundsOf(List<ConvexHull.Point> outline) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (ConvexHull.Point p : outline) {
            minX = Math.min(minX, p.x());
            minY = Math.min(minY, p.y());
            maxX = Math.max(maxX, p.x());
            maxY = Math.max(maxY, p.y());
        }
        return Rect.between(minX, minY, maxX, maxY);
    }

    /** Everything drawn, summed over every box, hull and label. */
    Rect computeBounds() {
        Rect all = boundsWithout(Set.of());
        return all == null ? new Rect(0, 0, 0, 0) : all;
    }

    // The bounds of the nodes, hulls (with their labels) and badges not in "skip"; null when none is left.
    private Rect boundsWithout(Set<String> skip) {
        Rect all = null;
        for (Box b : nodes.values()) {
            all = skip.contains(b.id()) ? all : union(all, b.rect());
        }
        for (Hull h : hulls.values()) {
            all = skip.contains(h.id()) ? all : union(all, h.bounds());
        }
        for (Box b : applications.values()) {
            all = skip.contains(b.id()) ? all : union(all, b.rect());
        }
        for (Hull h : hulls.values()) {
            all = skip.contains(h.id()) ? all : union(all, h.label());
        }
        return all;
    }

    /**
     * The element under a point, the most specific first: badge, VM chip, node, link, SSI hull.
     * Returns null on empty canvas. With VM counts no VM is drawn on its own: a count is its host's.
     */
    public String hit(double x, double y, double tolerance, LayerVisibility layers) {
        if (layers.applications()) {
            for (Box b : applications.values()) {
                if (b.rect().contains(x, y)) {
                    return b.id();
                }
            }
        }
        if (layers.vms() && !vmCounts) {
            for (Box b : vms.values()) {
                if (b.rect().contains(x, y)) {
                    return b.id();
                }
            }
        }
        if (layers.hardware()) {
            for (Box b : nodes.values()) {
                if (b.rect().contains(x, y)) {
                    return b.id();
                }
            }
            for (Segment s : links.values()) {
                if (s.distanceTo(x, y) <= tolerance) {
                    return s.id();
                }
            }
        }
        if (layers.ssi()) {
            for (Hull h : hulls.values()) {
                if (h.label() != null && h.label().contains(x, y)) {
                    return h.id();
                }
            }
            for (Hull h : hulls.values()) {
                // A sparse hull is taken by its edge only, so the empty canvas inside stays usable.
                boolean inside = h.bounds().grow(tolerance).contains(x, y) && (!h.pieces().isEmpty() ? h.covers(x, y)
                        : h.sparse() ? nearOutline(h.outline(), x, y, tolerance + 2) : ConvexHull.contains(h.outline(), x, y));
                if (inside) {
                    return h.id();
                }
            }
        }
        return null;
    }

    private static boolean nearOutline(List<ConvexHull.Point> outline, double x, double y, double distance) {
        for (int i = 0; i < outline.size(); i++) {
            ConvexHull.Point a = outline.get(i);
            ConvexHull.Point b = outline.get((i + 1) % outline.size());
            if (new Segment("", a.x(), a.y(), b.x(), b.y()).distanceTo(x, y) <= distance) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a VM dropped at a point lands on: the host under it, else the SSI domain whose hull
     * holds it. Null when neither.
     */
    public String containerAt(double x, double y) {
        for (Box b : nodes.values()) {
            if (b.kind() == ElementKind.HOST && b.rect().contains(x, y)) {
                return b.id();
            }
        }
        for (Hull h : hulls.values()) {
            if (h.covers(x, y)) {
                return h.id();
            }
        }
        return null;
    }

    /** Ids of the visible elements lying wholly inside a rectangle (rubber-band selection). */
    public List<String> idsInside(Rect area, LayerVisibility layers) {
        List<String> inside = new ArrayList<>();
        if (layers.hardware()) {
            nodes.values().stream().filter(b -> area.contains(b.rect())).forEach(b -> inside.add(b.id()));
            links.values().stream().filter(s -> area.contains(s.bounds())).forEach(s -> inside.add(s.id()));
        }
        if (layers.vms()) {
            vms.values().stream().filter(b -> area.contains(b.rect())).forEach(b -> inside.add(b.id()));
        }
        if (layers.ssi()) {
            hulls.values().stream().filter(h -> area.contains(h.bounds())).forEach(h -> inside.add(h.id()));
        }
        if (layers.applications()) {
            applications.values().stream().filter(b -> area.contains(b.rect())).forEach(b -> inside.add(b.id()));
        }
        return inside;
    }

    /** The bounds of an element's drawing, if it is drawn. */
    public Optional<Rect> boundsOf(String id) {
        if (nodes.containsKey(id)) {
            return Optional.of(nodes.get(id).rect());
        } else if (vms.containsKey(id)) {
            return Optional.of(vms.get(id).rect());
        } else if (applications.containsKey(id)) {
            return Optional.of(applications.get(id).rect());
        } else if (links.containsKey(id)) {
            return Optional.of(links.get(id).bounds());
        } else if (hulls.containsKey(id)) {
            return Optional.of(hulls.get(id).bounds());
        }
        return Optional.empty();
    }

    public Map<String, Box> nodes() {
        return Collections.unmodifiableMap(nodes);
    }

    public Map<String, Box> vms() {
        return Collections.unmodifiableMap(vms);
    }

    public Map<String, Box> applications() {
        return Collections.unmodifiableMap(applications);
    }

    /** The file indices of the SSI domains a host or VM belongs to (for their colours). */
    public List<Integer> domainsOf(String memberId) {
        return domainsOfMember.getOrDefault(memberId, List.of());
    }

    /** The file index of an SSI domain (its colour), or -1. */
    public int domainIndex(String domainId) {
        return domainIndices.getOrDefault(domainId, -1);
    }

    /** The line tying an application on a VM to the VM's chip, if it runs on one. */
    public Optional<Segment> applicationLink(String appId) {
        return Optional.ofNullable(applicationLinks.get(appId));
    }

    public Map<String, Segment> links() {
        return Collections.unmodifiableMap(links);
    }

    public Map<String, Hull> hulls() {
        return Collections.unmodifiableMap(hulls);
    }

    /** The VM ids placed on a host or SSI domain: members of one domain side by side, else in file order. */
    public List<String> vmsOn(String containerId) {
        return vmsByContainer.getOrDefault(containerId, List.of());
    }

    /** Everything drawn; a zero rectangle for an empty scenario. */
    public Rect bounds() {
        return bounds;
    }
}
