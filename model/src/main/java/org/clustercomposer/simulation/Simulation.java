package org.clustercomposer.simulation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.clustercomposer.analysis.migration.MigrationProfiles;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.event.EventQueue;
import org.clustercomposer.simulation.event.FlowWakeup;
import org.clustercomposer.simulation.event.HostFailure;
import org.clustercomposer.simulation.event.HostRepair;
import org.clustercomposer.simulation.event.LinkFailure;
import org.clustercomposer.simulation.event.LinkRepair;
import org.clustercomposer.simulation.event.MaintenanceEnd;
import org.clustercomposer.simulation.event.MaintenanceStart;
import org.clustercomposer.simulation.event.MigrationWaitOver;
import org.clustercomposer.simulation.event.SimEvent;
import org.clustercomposer.simulation.event.SwitchFailure;
import org.clustercomposer.simulation.event.SwitchRepair;
import org.clustercomposer.simulation.event.Tick;
import org.clustercomposer.simulation.event.VmRestart;
import org.clustercomposer.simulation.fault.FaultHandler;
import org.clustercomposer.simulation.migration.MigrationManager;
import org.clustercomposer.simulation.migration.SourceHypervisors;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;
import org.clustercomposer.simulation.output.SeriesRecorder;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.policy.Policy;
import org.clustercomposer.simulation.workload.WorkloadDriver;
import org.clustercomposer.topology.RoutingTree;

/**
 * The event-driven engine: plays a scenario over time. Events run in (time, priority, sequence)
 * order, so the same scenario, configuration and seed give the same run bit for bit. Drive it with
 * {@link #run()} or in slices with {@link #runFor(double)} (what an animated view calls each
 * frame); {@link #cancel()} may be called from any thread and stops the loop at the next event.
 * Not thread-safe otherwise: one thread steps it and reads its state.
 */
public final class Simulation {

    private final SimulationConfig config;
    private final String scenarioName;
    private final EventQueue queue = new EventQueue();
    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final FlowNetwork network;
    private final MigrationManager migrations;
    private final MigrationQueue moves;
    private final FaultHandler faults;
    private final Policy policy;
    private final WorkloadDriver workloads;
    private final BackgroundTraffic traffic;
    private final SeriesRecorder recorder;
    private final StepContext context;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final List<SimulationListener> listeners = new ArrayList<>();
    private final int steps;
    private double now;
    private long events;
    private long scheduledWakeupVersion = -1;
    private double wallSeconds;
    private boolean finished;

    /** A scenario that names no calibration profile (or lives in no file). */
    public Simulation(Scenario scenario, SimulationConfig config) {
        this(scenario, config, MigrationProfiles.none());
    }

    /**
     * @param profiles where the calibration profiles the scenario's hypervisors name are read
     *                 ({@link MigrationProfiles#beside} its file)
     * @throws IllegalArgumentException when the configuration does not fit the scenario, or a profile it names
     *                                  cannot be read
     */
    public Simulation(Scenario scenario, SimulationConfig config, MigrationProfiles profiles) {
        this(scenario, config, profiles, new WorkloadDriver(scenario.vms(), config.workload(), config.seed()),
                config.policy().create(config.thresholds(), config.hysteresis()));
    }

    /** With a workload driver and a policy of the caller's (benchmarks, tests). */
    public Simulation(Scenario scenario, SimulationConfig config, WorkloadDriver workloads, Policy policy) {
        this(scenario, config, MigrationProfiles.none(), workloads, policy);
    }

    /** With calibration profiles, a workload driver and a policy of the caller's. */
    public Simulation(Scenario scenario, SimulationConfig config, MigrationProfiles profiles,
                      WorkloadDriver workloads, Policy policy) {
        this.config = config;
        this.scenarioName = scenario.name();
        this.steps = config.steps();
        this.cluster = new ClusterModel(scenario);
        Routing routing = new Routing(scenario);
        this.network = new FlowNetwork(routing.capacities(), RoutingTree.inMachineBandwidth(scenario.hosts()));
        this.processes = new ProcessTable(scenario, cluster);
        this.migrations = new MigrationManager(cluster, processes, network, routing,
                SourceHypervisors.of(scenario, profiles), config.processTransfer(), scenario.hasSharedStorage(), queue);
        this.faults = new FaultHandler(cluster, processes, migrations, routing, network, queue,
                config.restartLostVms(), config.vmBootTime(),
                scenario.switches().stream().map(s -> s.id()).toList());
        this.policy = policy;
        this.workloads = workloads;
        this.traffic = new BackgroundTraffic(scenario.vms(), cluster, routing, network);
        this.recorder = new SeriesRecorder(cluster, processes, network, routing, steps, config.step(),
                config.recordSeries());
        this.moves = new MigrationQueue(cluster, processes, migrations, routing, config.limits(), policy.name());
        this.context = new StepContext(cluster, processes, moves);
        InitialPlacement.place(scenario, cluster, processes);
        processes.start();
        FaultSchedule.schedule(scenario, config, cluster, routing, queue);
        queue.schedule(0, new Tick(0));
    }

    public void addListener(SimulationListener listener) {
        listeners.add(listener);
    }

    /** Asks the loop to stop at the next event; safe from any thread. */
    public void cancel() {
        cancelled.set(true);
    }

    public boolean isCancelled() {
        return cancelled.get();
    }

    public boolean isFinished() {
        return finished;
    }

    /** Simulated seconds so far. */
    public double now() {
        return now;
    }

    /** Simulated time over duration, 0..1. */
    public double progress() {
        return Math.min(1, now / config.duration());
    }

    public long eventsProcessed() {
        return events;
    }

    /** The live cluster, for a view to read between {@link #runFor} calls (same thread). */
    public ClusterModel cluster() {
        return cluster;
    }

    public ProcessTable processes() {
        return processes;
    }

    /** Runs to the end (or until cancelled) and returns the result. */
    public SimulationResult run() {
        runFor(config.duration());
        return result();
    }

    /**
     * Advances simulated time by {@code dt} seconds (less at the end of the run), processing every
     * event up to then. Returns true while there is more to simulate.
     */
    public boolean runFor(double dt) {
        if (!(dt >= 0)) {
            throw new IllegalArgumentException("dt must be >= 0: " + dt);
        }
        long started = System.nanoTime();
        double until = Math.min(config.duration(), now + dt);
        while (!queue.isEmpty() && queue.peekTime() < until && !cancelled.get()) {
            double t = queue.peekTime();
            SimEvent event = queue.poll();
            moveClock(t);
            dispatch(event);
            moves.poll(now);
            migrations.planStretches(now);
            events++;
            scheduleWakeup();
        }
        if (!cancelled.get()) {
            // Only the clock: advancing flows here would round differently from one long call.
            now = until;
        }
        if ((now >= config.duration() || cancelled.get()) && !finished) {
            finish();
        }
        wallSeconds += (System.nanoTime() - started) / 1e9;
        return !finished;
    }

    private void moveClock(double t) {
        now = t;
        cluster.setClock(t);
        network.advance(t);
    }

    // Java 17 has no pattern switch; the sealed hierarchy still makes this list the whole set.
    private void dispatch(SimEvent event) {
        if (event instanceof Tick tick) {
            onTick(tick.step());
        } else if (event instanceof FlowWakeup wakeup) {
            if (wakeup.version() == network.version()) {
                migrations.onFlowsFinished(now);
            }
        } else if (event instanceof MigrationWaitOver wait) {
            migrations.onWaitOver(wait.migration(), now);
        } else if (event instanceof HostFailure f) {
            faults.hostFailed(f.host(), now);
        } else if (event instanceof HostRepair r) {
            faults.hostRepaired(r.host(), now);
        } else if (event instanceof LinkFailure f) {
            faults.linkChanged(f.link(), false, now);
        } else if (event instanceof LinkRepair r) {
            faults.linkChanged(r.link(), true, now);
        } else if (event instanceof SwitchFailure f) {
            faults.switchChanged(f.networkSwitch(), false, now);
        } else if (event instanceof SwitchRepair r) {
            faults.switchChanged(r.networkSwitch(), true, now);
        } else if (event instanceof MaintenanceStart m) {
            faults.maintenanceStarted(m.host(), now);
            queue.schedule(now + m.length(), new MaintenanceEnd(m.host()));
        } else if (event instanceof MaintenanceEnd m) {
            faults.maintenanceEnded(m.host(), now);
        } else if (event instanceof VmRestart r) {
            faults.restartVm(r.vm(), now);
        } else {
            throw new IllegalStateException("no handler for " + event);
        }
    }

    // One wake-up per rate change: the earliest completion under the new rates.
    private void scheduleWakeup() {
        if (network.version() != scheduledWakeupVersion && network.activeFlows() > 0) {
            double at = network.nextCompletion();
            if (Double.isFinite(at)) {
                queue.schedule(Math.max(at, now), new FlowWakeup(network.version()));
            }
            scheduledWakeupVersion = network.version();
        }
    }

    private void onTick(int k) {
        cluster.settleAll();
        recorder.closeInterval(now);
        workloads.apply(cluster, now);
        faults.switchOffDrained();
        context.at(now);
        policy.apply(context);
        traffic.update();
        recorder.sample(k);
        if (k + 1 < steps) {
            queue.schedule((k + 1) * config.step(), new Tick(k + 1));
        }
        for (SimulationListener listener : listeners) {
            listener.progressed(now, progress());
        }
    }

    private void finish() {
        cluster.setClock(now);
        cluster.settleAll();
        recorder.closeInterval(now);
        faults.finish(now);
        finished = true;
    }

    /** The result so far (complete once {@link #isFinished()}). */
    public SimulationResult result() {
        List<SlaViolation> violations = new ArrayList<>(recorder.overloads());
        violations.addAll(migrations.violations());
        violations.addAll(faults.violations());
        violations.sort(Comparator.comparingDouble(SlaViolation::start)
                .thenComparing(SlaViolation::element).thenComparing(SlaViolation::cause));
        int recorded = recorder.recordedSteps();
        double[] stepTimes = new double[recorded];
        for (int k = 0; k < recorded; k++) {
            stepTimes[k] = k * config.step();
        }
        return new SimulationResult(scenarioName, policy.name(), config.seed(), config.duration(), config.step(),
                now, cancelled.get(), stepTimes, recorder.hostSeries(), recorder.linkSeries(), recorder.domainSeries(),
                Arrays.copyOf(recorder.clusterPower(), recorded),
                Arrays.copyOf(recorder.clusterUtilization(), recorded),
                Arrays.copyOf(recorder.hostsOn(), recorded),
                migrations.records(), violations, faults.incidents(), cluster.accounting().totalEnergy(),
                cluster.accounting().totalUnservedCoreSeconds(), events, wallSeconds);
    }
}
