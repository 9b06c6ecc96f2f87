package org.clustercomposer.views.canvas;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableObjectValue;

import org.clustercomposer.analysis.migration.MigrationMethod;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.scenario.DisplayNames;
import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.views.editing.ScenarioEditor;
import org.clustercomposer.views.editing.ScenarioEdits;
import org.clustercomposer.views.prediction.DragPreview;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.MovePreview;
import org.clustercomposer.views.prediction.MovePreviewer;
import org.clustercomposer.views.prediction.ProcessMovePreview;

/**
 * What the canvas shows and what a gesture on it means, in world coordinates. The view turns
 * mouse events into calls here; everything changes the design through the {@link ScenarioEditor}.
 * Plain Java and JavaFX properties: tested without the toolkit.
 */
public final class CanvasViewModel implements CanvasGestures.Target {

    /** What a press on the canvas starts. */
    public enum Tool { SELECT, LINK }

    private final ScenarioEditor editor;
    private final ObjectProperty<Viewport> viewport = new SimpleObjectProperty<>(this, "viewport", Viewport.identity());
    private final ObjectProperty<LayerVisibility> layers = new SimpleObjectProperty<>(this, "layers", LayerVisibility.all());
    private final ObjectProperty<Map<String, ElementLoad>> loads = new SimpleObjectProperty<>(this, "loads", Map.of());
    private final ObjectProperty<CanvasTheme> theme = new SimpleObjectProperty<>(this, "theme", CanvasTheme.LIGHT);
    private final ObjectProperty<Tool> tool = new SimpleObjectProperty<>(this, "tool", Tool.SELECT);
    /**
     * Rebuilt lazily, on the first read after an edit: a drag sends several moves per frame and
     * the canvas reads the geometry once per redraw, so a frame costs one rebuild, not one per move.
     * Built at the level of detail drawn (zoomed out: VM counts only); the other level follows on demand.
     */
    private final ObjectBinding<DiagramGeometry> geometry;
    /** Gesture feedback the view draws on top: rubber band, link being drawn, drop target. */
    private final ReadOnlyObjectWrapper<Overlay> overlay = new ReadOnlyObjectWrapper<>(this, "overlay", Overlay.NONE);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ObjectProperty<MigrationMethod> migrationMethod =
            new SimpleObjectProperty<>(this, "migrationMethod", MigrationMethod.PRE_COPY);
    private final ObjectProperty<Set<String>> highlight = new SimpleObjectProperty<>(this, "highlight", Set.of());
    private final DoubleProperty strokeScale = new SimpleDoubleProperty(this, "strokeScale", 1);
    private final MovePreviewer previewer = new MovePreviewer();
    /** The nodes a drag is moving (empty when none): the canvas draws the rest once per drag. */
    private final ReadOnlyObjectWrapper<Set<String>> dragged = new ReadOnlyObjectWrapper<>(this, "dragged", Set.of());
    private MigrationProfiles migrationProfiles = MigrationProfiles.none();
    private Gesture gesture;
    private Scenario previewedScenario;
    private int gestureCounter;
    /** The geometry last built, which a drag's next frame moves instead of building anew. */
    private DiagramGeometry built;
    private Scenario named;
    private DisplayNames names;
    private boolean movedOnly;

    /**
     * Feedback for a gesture in progress, in world coordinates.
     *
     * @param preview the predicted cost of the VM or SSI process group being dragged, or null
     */
    public record Overlay(Rect band, double[] linkLine, String dropTarget, DragPreview preview) {
        public static final Overlay NONE = new Overlay(null, null, null, null);

        public Overlay(Rect band, double[] linkLine, String dropTarget) {
            this(band, linkLine, dropTarget, null);
        }
    }

    private sealed interface Gesture permits MoveNodes, DragChip, RubberBand, DrawLink {
    }

    private record MoveNodes(String id, double startX, double startY, Map<String, Position> origins) implements Gesture {
    }

    private record DragChip(String id, ElementKind kind) implements Gesture {
    }

    private record RubberBand(double startX, double startY, boolean additive) implements Gesture {
    }

    private record DrawLink(String from, double startX, double startY) implements Gesture {
    }

    public CanvasViewModel(ScenarioEditor editor) {
        this.editor = editor;
        geometry = Bindings.createObjectBinding(this::buildGeometry, editor.scenarioProperty());
    }

    public ScenarioEditor editor() {
        return editor;
    }

    /**
     * While nodes are dragged only what the move touches is computed again (the moved boxes, their
     * chips, links and hulls); any other edit, and the end of the drag, builds the whole geometry.
     */
    private DiagramGeometry buildGeometry() {
        Scenario now = editor.scenario();
        DiagramGeometry previous = built;
        double scale = viewport.get().scale();
        movedOnly = gesture instanceof MoveNodes && previous != null && now.sameExceptLayout(previous.source());
        built = movedOnly ? previous.forScale(scale).movedTo(now, ((MoveNodes) gesture).origins().keySet())
                : DiagramGeometry.of(now, scale, previous);
        return built;
    }

    /** Labels placed during the drag stay where they were put; the drop builds the exact geometry. */
    private void rebuildAfterDrag() {
        gesture = null;
        dragged.set(Set.of());
        if (movedOnly) {
            movedOnly = false;
            geometry.invalidate();
        }
    }

    /** The full-detail geometry (a chip per VM): exports, tooltips, layout checks. */
    public DiagramGeometry geometry() {
        return geometry.get().forScale(1);
    }

    /** The geometry as drawn at the current zoom (VM counts when zoomed out); gestures hit-test this. */
    public DiagramGeometry drawnGeometry() {
        return geometry.get().forScale(viewport.get().scale());
    }

    /** Invalidated after each edit; listen for invalidation (a change listener would rebuild on every move). */
    public ObservableObjectValue<DiagramGeometry> geometryProperty() {
        return geometry;
    }

    @Override
    public void press(double x, double y, boolean shift) {
        String hit = drawnGeometry().hit(x, y, 5 / viewport.get().scale(), layers.get());
        ElementKind kind = hit == null ? null : editor.scenario().kindOf(hit).orElse(null);
        if (tool.get() == Tool.LINK) {
            gesture = isNode(kind) ? new DrawLink(hit, x, y) : null;
            if (gesture == null) {
                message.set("Press on a host, switch or storage and drag to another to connect them");
            }
            return;
        }
        if (hit == null) {
            if (!shift) {
                editor.selection().clear();
            }
            gesture = new RubberBand(x, y, shift);
            return;
        }
        if (shift) {
            editor.selection().toggle(hit);
            gesture = null;
            return;
        }
        boolean selects = !editor.selection().ids().contains(hit);
        Set<String> selected = selects ? Set.of(hit) : editor.selection().ids();
        if (kind == ElementKind.VM || kind == ElementKind.APPLICATION) {
            gesture = new DragChip(hit, kind);
        } else if (isNode(kind) || kind == ElementKind.SSI_DOMAIN) {
            Map<String, Position> origins = originsOfMove(selected, hit, kind);
            gesture = origins.isEmpty() ? null : new MoveNodes("drag-" + (++gestureCounter), x, y, origins);
            dragged.set(origins.isEmpty() ? Set.of() : Set.copyOf(origins.keySet()));
        } else {
            gesture = null;
        }
        // After the drag has begun: what follows the selection and waits for the drop (the property sheet)
        // already sees that nodes are being dragged.
        if (selects) {
            editor.selection().select(hit);
        }
    }

    @Override
    public void drag(double x, double y) {
        if (gesture instanceof MoveNodes m) {
            editor.moveBy(m.origins().keySet(), x - m.startX(), y - m.startY(), m.origins(), m.id());
        } else if (gesture instanceof RubberBand b) {
            overlay.set(new Overlay(Rect.between(b.startX(), b.startY(), x, y), null, null));
        } else if (gesture instanceof DrawLink l) {
            String target = nodeAt(x, y);
            overlay.set(new Overlay(null, new double[] {l.startX(), l.startY(), x, y}, target));
        } else if (gesture instanceof DragChip c) {
            String target = c.kind() == ElementKind.VM ? drawnGeometry().containerAt(x, y) : applicationTargetAt(x, y, c.id());
            overlay.set(new Overlay(null, null, target, c.kind() == ElementKind.VM ? previewMove(c.id(), target)
                    : previewProcesses(c.id(), target)));
        }
    }

    /**
     * The cost of moving a VM to a target host by the chosen method (null when the target is where
     * it is, or not a host). Kept while the pointer stays over the same target.
     */
    public MovePreview previewMove(String vmId, String target) {
        Scenario s = editor.scenario();
        Vm vm = s.vm(vmId).orElse(null);
        if (vm == null || target == null || target.equals(vm.placedOn())) {
            return null;
        }
        if (overlay.get().preview() instanceof MovePreview last && last.vmId().equals(vmId) && last.to().equals(target) && last.method() == migrationMethod.get()
                && vm.placedOn().equals(last.from())) {
            return last;
        }
        return previewer.preview(s, vmId, target, migrationMethod.get());
    }

    /**
     * The cost of dropping an application that runs on an SSI domain on a target: its processes migrating to that
     * member, or why that is no process migration. Null for an application on no SSI domain, or over its own domain.
     */
    public ProcessMovePreview previewProcesses(String appId, String target) {
        if (overlay.get().preview() instanceof ProcessMovePreview last && last.appId().equals(appId)
                && target != null && (last.to().equals(target) || target.equals(hostOfMember(last.to())))
                && editor.scenario() == previewedScenario) {
            return last;
        }
        previewedScenario = editor.scenario();
        return editor.scenario().applications().stream().anyMatch(a -> a.id().equals(appId))
                ? previewer.previewProcesses(editor.scenario(), appId, target) : null;
    }

    private String hostOfMember(String member) {
        return editor.scenario().vm(member).map(Vm::placedOn).orElse(member);
    }

    /** Places an application, the undo step named with its process migration's cost when it is one. */
    public void placeApplication(String appId, String target) {
        ProcessMovePreview p = previewProcesses(appId, target);
        if (p != null && p.runs()) {
            editor.placeOn(appId, p.to(), "Migrate " + Captions.nameIn(editor.scenario(), appId) + " to "
                    + Captions.nameIn(editor.scenario(), p.to()) + " (" + p.summary() + ")");
        } else {
            editor.placeOn(appId, target);
        }
    }

    /** Migrates a VM to a host, the undo step named with its predicted cost; false with a message when refused. */
    public boolean migrate(String vmId, String target) {
        MovePreview p = previewMove(vmId, target);
        try {
            if (p != null && p.runs()) {
                editor.placeOn(vmId, target, migrationName(p));
            } else {
                editor.placeOn(vmId, target);
            }
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** What the canvas shows for an element: its name, or its id when it has none. */
    public String nameOf(String id) {
        Scenario s = editor.scenario();
        if (!s.sameExceptLayout(named)) {
            // Kept while only boxes move: the status bar asks at every move of a drag.
            names = DisplayNames.of(s);
        }
        named = s;
        return names.name(id);
    }

    /** "Migrate web-1 to node-4 (pre-copy: 12.3 s, downtime 45 ms, 8.2 GiB sent)". */
    public String migrationName(MovePreview p) {
        Scenario s = editor.scenario();
        return "Migrate " + Captions.nameIn(s, p.vmId()) + " to " + Captions.nameIn(s, p.to()) + " (" + p.summary() + ")";
    }

    @Override
    public void release(double x, double y) {
        Gesture done = gesture;
        gesture = null;
        overlay.set(Overlay.NONE);
        if (done instanceof MoveNodes) {
            rebuildAfterDrag();
        }
        try {
            if (done instanceof RubberBand b) {
                Rect band = Rect.between(b.startX(), b.startY(), x, y);
                if (band.width() > 2 || band.height() > 2) {
                    List<String> inside = drawnGeometry().idsInside(band, layers.get());
                    if (b.additive()) {
                        editor.selection().add(inside);
                    } else {
                        editor.selection().set(inside);
                    }
                }
            } else if (done instanceof DrawLink l) {
                String target = nodeAt(x, y);
                if (target != null && !target.equals(l.from())) {
                    editor.addLink(l.from(), target);
                }
            } else if (done instanceof DragChip c) {
                String target = c.kind() == ElementKind.VM ? drawnGeometry().containerAt(x, y) : applicationTargetAt(x, y, c.id());
                if (target != null && c.kind() == ElementKind.VM) {
                    migrate(c.id(), target);
                } else if (target != null) {
                    placeApplication(c.id(), target);
                }
            }
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
        }
    }

    /**
     * An element dragged from the palette and dropped at a world point. Nodes land where they
     * are dropped; a VM needs a host or SSI domain under it; an SSI domain spans the selection.
     * Returns false, with a message, when the drop does not fit.
     */
    public boolean drop(ElementKind kind, double x, double y) {
        try {
            switch (kind) {
                case HOST, SWITCH, STORAGE -> editor.addNode(kind, new Position(x - Shapes.width(kind) / 2,
                        y - Shapes.height(kind, 0) / 2));
                case VM -> {
                    String target = drawnGeometry().containerAt(x, y);
                    if (target == null) {
                        message.set("Drop a VM onto a host or an SSI domain");
                        return false;
                    }
                    editor.addVm(target);
                }
                case APPLICATION -> {
                    String target = applicationTargetAt(x, y, null);
                    if (target == null) {
                        message.set("Drop an application onto a VM, a host or an SSI domain");
                        return false;
                    }
                    editor.addApplication(target);
                }
                case SSI_DOMAIN -> {
                    List<String> members = ssiMembers(x, y);
                    if (members.isEmpty()) {
                        message.set("Select the hosts or VMs the SSI domain spans, then drop it (or drop it on a host)");
                        return false;
                    }
                    editor.addSsiDomain(members);
                }
                case LINK -> {
                    List<String> nodes = editor.selection().ids().stream()
                            .filter(id -> isNode(editor.scenario().kindOf(id).orElse(null))).toList();
                    if (nodes.size() == 2) {
                        editor.addLink(nodes.get(0), nodes.get(1));
                    } else {
                        tool.set(Tool.LINK);
                        message.set("Link tool: drag from one node to another (Esc to stop)");
                    }
                }
                default -> throw new IllegalStateException("unknown kind " + kind);
            }
            message.set("");
            return true;
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return false;
        }
    }

    /** Highlights what a palette element would be dropped on (a VM's host, say); null kind clears. */
    public void previewDrop(ElementKind kind, double x, double y) {
        String target = null;
        if (kind == ElementKind.VM) {
            target = drawnGeometry().containerAt(x, y);
        } else if (kind == ElementKind.APPLICATION) {
            target = applicationTargetAt(x, y, null);
        }
        overlay.set(target == null ? Overlay.NONE : new Overlay(null, null, target));
    }

    /** Selected hosts or VMs, else the host under the drop point. */
    private List<String> ssiMembers(double x, double y) {
        Scenario s = editor.scenario();
        List<String> hosts = new ArrayList<>();
        List<String> vms = new ArrayList<>();
        for (String id : editor.selection().ids()) {
            ElementKind k = s.kindOf(id).orElse(null);
            if (k == ElementKind.HOST) {
                hosts.add(id);
            } else if (k == ElementKind.VM) {
                vms.add(id);
            }
        }
        if (!hosts.isEmpty() || !vms.isEmpty()) {
            return vms.size() > hosts.size() ? vms : hosts;
        }
        String under = drawnGeometry().containerAt(x, y);
        return under != null && s.kindOf(under).orElse(null) == ElementKind.HOST ? List.of(under) : List.of();
    }

    private String applicationTargetAt(double x, double y, String ignore) {
        LayerVisibility noApps = new LayerVisibility(false, layers.get().vms(), false, false);
        String vm = drawnGeometry().hit(x, y, 0, noApps);
        if (vm != null && !vm.equals(ignore)) {
            return vm;
        }
        return drawnGeometry().containerAt(x, y);
    }

    private String nodeAt(double x, double y) {
        for (DiagramGeometry.Box b : drawnGeometry().nodes().values()) {
            if (b.rect().contains(x, y)) {
                return b.id();
            }
        }
        return null;
    }

    /**
     * A press on a node and a first move of it by (dx, dy), rehearsed without changing anything (the canvas's warm-up
     * before the first drag, docs/decisions/0450): the same lookups, move and geometry update a drag makes, and the
     * name the status bar shows for the pressed node (cached here). Nothing is selected, no command runs, the geometry
     * drawn stays as it is.
     *
     * @return the geometry that first move would draw
     */
    DiagramGeometry rehearseDrag(String node, double dx, double dy) {
        Scenario now = editor.scenario();
        Map<String, Position> origins = originsOfMove(Set.of(node), node, now.kindOf(node).orElse(null));
        Scenario moved = ScenarioEdits.moveBy(origins.keySet(), dx, dy, origins, "rehearsal").apply(now);
        nameOf(node);
        return drawnGeometry().movedTo(moved, origins.keySet());
    }

    /**
     * Where the nodes a press on {@code hit} would drag are drawn, by id: the selected nodes, and for a pressed domain
     * the hosts it spans (a domain over VMs follows its VMs' hosts). Looks up only those nodes: a map of every node's
     * position was 3.6 ms of the first press at 1,000 hosts (0.2-0.6 ms in later ones).
     */
    private Map<String, Position> originsOfMove(Set<String> selected, String hit, ElementKind kind) {
        Map<String, DiagramGeometry.Box> placed = drawnGeometry().nodes();
        Map<String, Position> origins = new HashMap<>();
        for (String id : selected) {
            List<String> moved = kind == ElementKind.SSI_DOMAIN && id.equals(hit)
                    ? editor.scenario().ssiDomain(id).map(d -> d.members()).orElse(List.of()) : List.of(id);
            for (String m : moved) {
                DiagramGeometry.Box box = placed.get(m);
                if (box != null) {
                    origins.put(m, new Position(box.rect().x(), box.rect().y()));
                }
            }
        }
        return origins;
    }

    private static boolean isNode(ElementKind kind) {
        return kind == ElementKind.HOST || kind == ElementKind.SWITCH || kind == ElementKind.STORAGE;
    }

    /** Zooms so the whole design fits the view. */
    public void fit(double viewWidth, double viewHeight) {
        viewport.set(Viewport.fit(geometry().bounds(), viewWidth, viewHeight, 40));
    }

    public void zoomAt(double factor, double screenX, double screenY) {
        viewport.set(viewport.get().zoomAt(factor, screenX, screenY));
    }

    /** Brings the selected elements into view (after a click in the problems panel). */
    public void reveal(Set<String> ids, double viewWidth, double viewHeight) {
        Rect area = null;
        for (String id : new LinkedHashSet<>(ids)) {
            Rect r = drawnGeometry().boundsOf(id).orElse(null);
            if (r != null) {
                area = area == null ? r : area.union(r);
            }
        }
        Rect visible = viewport.get().visibleWorld(viewWidth, viewHeight);
        if (area != null && !visible.contains(area)) {
            viewport.set(viewport.get().centredOn(area.centerX(), area.centerY(), viewWidth, viewHeight));
        }
    }

    public void cancelGesture() {
        if (gesture instanceof MoveNodes) {
            rebuildAfterDrag();
        }
        gesture = null;
        overlay.set(Overlay.NONE);
        tool.set(Tool.SELECT);
    }

    public ObjectProperty<Viewport> viewportProperty() {
        return viewport;
    }

    public ObjectProperty<LayerVisibility> layersProperty() {
        return layers;
    }

    public ObjectProperty<Map<String, ElementLoad>> loadsProperty() {
        return loads;
    }

    public ObjectProperty<CanvasTheme> themeProperty() {
        return theme;
    }

    public ObjectProperty<Tool> toolProperty() {
        return tool;
    }

    /** The nodes being dragged now; empty outside a drag. */
    public ReadOnlyObjectProperty<Set<String>> draggedProperty() {
        return dragged.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Overlay> overlayProperty() {
        return overlay.getReadOnlyProperty();
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** The elements a lesson step points at: ringed on the canvas, apart from the selection. */
    public ObjectProperty<Set<String>> highlightProperty() {
        return highlight;
    }

    /** Stroke widths times this (presentation mode draws thicker lines for the back of a room). */
    public DoubleProperty strokeScaleProperty() {
        return strokeScale;
    }

    /** How a dragged VM is moved: pre-copy unless the user chose another method. */
    /** Where moves find the calibration profiles the design's hypervisors name: beside the document's file. */
    public void setMigrationProfiles(MigrationProfiles profiles) {
        migrationProfiles = profiles == null ? MigrationProfiles.none() : profiles;
        previewer.setProfiles(migrationProfiles);
    }

    public MigrationProfiles migrationProfiles() {
        return migrationProfiles;
    }

    public ObjectProperty<MigrationMethod> migrationMethodProperty() {
        return migrationMethod;
    }
}
