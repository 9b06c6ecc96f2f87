package org.clustercomposer.views.playback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.scene.paint.Color;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.RoutingTree;
import org.clustercomposer.views.canvas.CanvasView;
import org.clustercomposer.views.canvas.CanvasViewModel;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.canvas.Rect;

/**
 * The topology canvas as a {@link TimeColouring}: during playback hosts and links take their
 * simulated load at t, and each migration under way is drawn along its link path (the shared
 * routing rule) with a marker at how far it has come; after playback the predicted colours return.
 */
public final class CanvasPlayback implements TimeColouring {

    static final Color VM = Color.web("#0072B2");
    static final Color PROCESS = Color.web("#E69F00");
    static final Color DOWNTIME = Color.web("#D55E00");

    private final CanvasViewModel model;
    private final CanvasView view;
    private Map<String, ElementLoad> predicted = Map.of();
    private RoutingTree routes;
    private Map<String, String> names = Map.of();
    private boolean playing;

    public CanvasPlayback(CanvasViewModel model, CanvasView view) {
        this.model = model;
        this.view = view;
    }

    /** The design the run played: its routing gives each migration's path. */
    public void setScenario(Scenario s) {
        routes = s == null ? null : RoutingTree.of(s.hosts(), s.switches(), s.storages(), s.links());
        Map<String, String> n = new HashMap<>();
        if (s != null) {
            s.hosts().forEach(h -> n.put(h.id(), h.name()));
            s.vms().forEach(v -> n.put(v.id(), v.name()));
            s.applications().forEach(a -> n.put(a.id(), a.name()));
        }
        names = n;
    }

    /** The editor's latest prediction: shown now, or kept for when playback ends. */
    public void predicted(Map<String, ElementLoad> loads) {
        predicted = loads;
        if (!playing) {
            model.loadsProperty().set(loads);
        }
    }

    @Override
    public void show(PlaybackFrame frame) {
        playing = frame != null;
        if (frame == null) {
            model.loadsProperty().set(predicted);
            view.decorationProperty().set(null);
            return;
        }
        model.loadsProperty().set(frame.loads());
        List<PlaybackFrame.Running> running = frame.migrations();
        view.decorationProperty().set(running.isEmpty() ? null : (p, g, scale) -> draw(p, g, scale, running));
    }

    private void draw(Painter p, DiagramGeometry g, double scale, List<PlaybackFrame.Running> running) {
        double w = 1 / Math.max(scale, 0.05);
        for (PlaybackFrame.Running r : running) {
            double[] path = path(g, r.migration().from(), r.migration().to());
            if (path == null) {
                continue;
            }
            Color colour = r.migration().kind().equals("vm") ? VM : PROCESS;
            for (int i = 0; i + 3 < path.length; i += 2) {
                p.line(path[i], path[i + 1], path[i + 2], path[i + 3], colour.deriveColor(0, 1, 1, 0.55), 6 * w);
            }
            double[] at = along(path, r.fraction());
            Color marker = r.inDowntime() ? DOWNTIME : colour;
            double size = 9 * w;
            p.fillRoundRect(new Rect(at[0] - size, at[1] - size, 2 * size, 2 * size),
                    2 * size, marker);
            p.text(String.format("%s → %s %.0f %%%s", name(r.migration().subject()), name(r.migration().to()),
                            r.fraction() * 100, r.inDowntime() ? " (paused)" : ""),
                    at[0] + size + 3 * w, at[1] - size, 12 * w, true, marker.darker(), Painter.Align.LEFT);
        }
    }

    /** The name the canvas shows: a VM's or host's; a process "app1#3" as its application's, "#3". */
    private String name(String id) {
        int hash = id.lastIndexOf('#');
        return hash > 0 ? names.getOrDefault(id.substring(0, hash), id.substring(0, hash)) + " " + id.substring(hash)
                : names.getOrDefault(id, id);
    }

    /** x, y pairs from the source host's centre along each link of the route to the target's. */
    double[] path(DiagramGeometry g, String from, String to) {
        if (routes == null) {
            return null;
        }
        List<Link> links = routes.path(from, to).orElse(null);
        DiagramGeometry.Box start = g.nodes().get(from);
        if (links == null || start == null || links.isEmpty()) {
            return null;
        }
        List<Double> points = new ArrayList<>();
        points.add(start.rect().centerX());
        points.add(start.rect().centerY());
        String at = from;
        for (Link l : links) {
            DiagramGeometry.Segment s = g.links().get(l.id());
            if (s == null) {
                return null;
            }
            boolean forward = l.from().equals(at);
            points.add(forward ? s.x2() : s.x1());
            points.add(forward ? s.y2() : s.y1());
            at = forward ? l.to() : l.from();
        }
        double[] out = new double[points.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = points.get(i);
        }
        return out;
    }

    /** The point a fraction of the way along a polyline. */
    static double[] along(double[] path, double fraction) {
        double total = 0;
        for (int i = 0; i + 3 < path.length; i += 2) {
            total += Math.hypot(path[i + 2] - path[i], path[i + 3] - path[i + 1]);
        }
        double left = Math.max(0, Math.min(1, fraction)) * total;
        for (int i = 0; i + 3 < path.length; i += 2) {
            double len = Math.hypot(path[i + 2] - path[i], path[i + 3] - path[i + 1]);
            if (left <= len && len > 0) {
                double f = left / len;
                return new double[] {path[i] + f * (path[i + 2] - path[i]), path[i + 1] + f * (path[i + 3] - path[i + 1])};
            }
            left -= len;
        }
        return new double[] {path[path.length - 2], path[path.length - 1]};
    }
}
