package org.clustercomposer.views.results;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.concurrent.Executor;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.simulation.Simulation;
import org.clustercomposer.simulation.SimulationConfig;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.workload.TraceFormatException;

/**
 * Runs the event-driven engine on one background thread in {@code runFor} slices, so progress can
 * be shown and Cancel takes effect within a slice. Properties change on the FX thread (the
 * {@code fx} executor); one run at a time: starting another cancels the one running.
 */
public final class SimulationRunner implements AutoCloseable {

    /** Slices per run: progress moves in 1 % steps and Cancel waits at most one slice. */
    static final int SLICES = 100;

    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simulation");
        t.setDaemon(true);
        return t;
    });
    private final Executor fx;
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final AtomicReference<Simulation> current = new AtomicReference<>();
    private final AtomicBoolean progressQueued = new AtomicBoolean();

    public SimulationRunner(Executor fx) {
        this.fx = fx;
    }

    /**
     * Plays a snapshot of the design. {@code done} gets the run (cancelled ones too, with what was
     * simulated); {@code failed} a message naming what is wrong (a bad trace file, a fault plan
     * naming a host the design lacks, a calibration profile a hypervisor names that cannot be read).
     *
     * @param profiles where the profiles the design's hypervisors name are read (beside its file)
     */
    public void run(Scenario scenario, long revision, SimulationSettings settings, MigrationProfiles profiles,
                    Consumer<SimulationRun> done, Consumer<String> failed) {
        cancel();
        running.set(true);
        progress.set(0);
        worker.execute(() -> {
            Simulation simulation;
            SimulationConfig config;
            try {
                config = settings.config();
                simulation = new Simulation(scenario, config, profiles);
            } catch (TraceFormatException | IllegalArgumentException e) {
                fx.execute(() -> {
                    running.set(false);
                    failed.accept("Cannot simulate: " + e.getMessage());
                });
                return;
            }
            current.set(simulation);
            try {
                double slice = config.duration() / SLICES;
                while (simulation.runFor(slice)) {
                    publishProgress(simulation.progress());
                }
                SimulationResult result = simulation.result();
                fx.execute(() -> {
                    running.set(false);
                    progress.set(1);
                    done.accept(new SimulationRun(scenario, revision, settings, result));
                });
            } catch (RuntimeException e) {
                fx.execute(() -> {
                    running.set(false);
                    failed.accept("The simulation stopped: " + e);
                });
            } finally {
                current.compareAndSet(simulation, null);
            }
        });
    }

    // Coalesced: a fast run must not flood the FX queue with one task per slice.
    private void publishProgress(double fraction) {
        if (progressQueued.compareAndSet(false, true)) {
            fx.execute(() -> {
                progressQueued.set(false);
                progress.set(Math.max(progress.get(), fraction));
            });
        }
    }

    /** Stops the running simulation at its next event; it still reports what it simulated. */
    public void cancel() {
        Simulation s = current.get();
        if (s != null) {
            s.cancel();
        }
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    @Override
    public void close() {
        cancel();
        worker.shutdownNow();
    }
}
