package org.clustercomposer.views.playback;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.simulation.output.TimeSeries;
import org.clustercomposer.topology.Host;
import org.clustercomposer.views.prediction.ElementLoad;

/**
 * A run played back: a time t (seconds) and the state of the design at t, computed from the run's
 * recorded series (the step that contains t) and its migration records (those under way at t).
 * Views subscribe as {@link TimeColouring}s; the playback bar and the charts' cursor move t.
 */
public final class PlaybackModel {

    private final DoubleProperty time = new SimpleDoubleProperty(this, "time", 0);
    private final ReadOnlyObjectWrapper<PlaybackFrame> frame = new ReadOnlyObjectWrapper<>(this, "frame", null);
    private final List<TimeColouring> views = new ArrayList<>();
    private SimulationResult result;
    private Map<String, Double> hostMemory = Map.of();

    public PlaybackModel() {
        time.addListener(o -> refresh());
    }

    /** Starts playing a run at time 0 ({@code null} ends playback: views go back to predictions). */
    public void load(Scenario scenario, SimulationResult run) {
        this.result = run;
        Map<String, Double> memory = new HashMap<>();
        if (scenario != null) {
            for (Host h : scenario.hosts()) {
                memory.put(h.id(), h.memory());
            }
        }
        hostMemory = memory;
        if (time.get() != 0) {
            time.set(0);
        } else {
            refresh();
        }
    }

    public void stop() {
        load(null, null);
    }

    public boolean isActive() {
        return result != null;
    }

    /** Subscribes a view; it is shown the current frame at once. Returns how to unsubscribe. */
    public Runnable subscribe(TimeColouring view) {
        views.add(view);
        view.show(frame.get());
        return () -> views.remove(view);
    }

    private void refresh() {
        PlaybackFrame f = result == null ? null : frameAt(time.get());
        frame.set(f);
        for (TimeColouring v : List.copyOf(views)) {
            v.show(f);
        }
    }

    /** The state at t: pure, also for tests and benchmarks. */
    public PlaybackFrame frameAt(double t) {
        int k = stepAt(t);
        Map<String, ElementLoad> loads = new HashMap<>();
        if (k >= 0 && result.hostSeries().get(0).steps() > k) {
            TimeSeries cpu = result.hostMetric("cpu-demand");
            TimeSeries memory = result.hostMetric("memory");
            for (int h = 0; h < cpu.elements().size(); h++) {
                String id = cpu.elements().get(h);
                double demand = cpu.get(h, k);
                double capacity = hostMemory.getOrDefault(id, 0.0);
                double mem = capacity > 0 ? memory.get(h, k) / capacity : 0;
                loads.put(id, new ElementLoad(Math.max(demand, mem), demand > 1 + 1e-9 || mem > 1 + 1e-9,
                        String.format("At %s: CPU demand %.0f %%, memory %.0f %% (simulated)",
                                clock(t), demand * 100, mem * 100)));
            }
            TimeSeries links = result.linkSeries();
            for (int l = 0; l < links.elements().size(); l++) {
                double u = links.get(l, k);
                loads.put(links.elements().get(l), new ElementLoad(u, u > 1 + 1e-9,
                        String.format("At %s: %.0f %% of bandwidth (simulated)", clock(t), u * 100)));
            }
        }
        List<PlaybackFrame.Running> running = new ArrayList<>();
        for (MigrationRecord m : result.migrations()) {
            if (m.start() <= t && t < m.end()) {
                running.add(new PlaybackFrame.Running(m, m.duration() > 0 ? (t - m.start()) / m.duration() : 1));
            }
        }
        return new PlaybackFrame(t, loads, running);
    }

    /** The recorded step containing t, or -1 before any. */
    public int stepAt(double t) {
        if (result == null || result.stepTimes().length == 0) {
            return -1;
        }
        int k = (int) Math.floor(t / result.step() + 1e-9);
        return Math.max(0, Math.min(result.stepTimes().length - 1, k));
    }

    /** "5:35" (hours:minutes) for a time into the run. */
    public static String clock(double t) {
        long minutes = Math.round(t / 60);
        return String.format("%d:%02d", minutes / 60, minutes % 60);
    }

    public DoubleProperty timeProperty() {
        return time;
    }

    public ReadOnlyObjectProperty<PlaybackFrame> frameProperty() {
        return frame.getReadOnlyProperty();
    }

    /** Seconds the run covers (0 when nothing is loaded). */
    public double end() {
        return result == null ? 0 : result.simulatedTime();
    }

    public SimulationResult result() {
        return result;
    }
}
