package org.clustercomposer.simulation.output;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.clustercomposer.simulation.cluster.ClusterModel;
import org.clustercomposer.simulation.cluster.ProcessTable;
import org.clustercomposer.simulation.network.FlowNetwork;
import org.clustercomposer.simulation.network.Routing;

/**
 * Takes one sample per step of every host, link and SSI domain, and turns each step's integrated
 * host overload into SLA violations. Sampling is time-stepped: one pass over the arrays per step,
 * not one event per element.
 */
public final class SeriesRecorder {

    private final ClusterModel cluster;
    private final ProcessTable processes;
    private final FlowNetwork network;
    private final Routing routing;
    private final boolean perElement;
    private final double step;
    private final int steps;
    private final TimeSeries cpu;
    private final TimeSeries demand;
    private final TimeSeries memory;
    private final TimeSeries hostNetwork;
    private final TimeSeries power;
    private final TimeSeries link;
    private final TimeSeries domainDemand;
    private final double[] clusterPower;
    private final double[] clusterUtilization;
    private final int[] hostsOn;
    private final double[] lastUnserved;
    private final List<SlaViolation> overloads = new ArrayList<>();
    private int recorded;
    private double lastClose;

    public SeriesRecorder(ClusterModel cluster, ProcessTable processes, FlowNetwork network, Routing routing,
                          int steps, double step, boolean perElement) {
        this.cluster = cluster;
        this.processes = processes;
        this.network = network;
        this.routing = routing;
        this.perElement = perElement;
        this.steps = steps;
        this.step = step;
        List<String> hosts = IntStream.range(0, cluster.hostCount()).mapToObj(cluster::hostId).toList();
        List<String> links = IntStream.range(0, routing.linkCount()).mapToObj(routing::linkId).toList();
        List<String> domains = IntStream.range(0, processes.domainCount()).mapToObj(processes::domainId).toList();
        int n = perElement ? steps : 0;
        cpu = TimeSeries.empty("cpu", "fraction", hosts, n);
        demand = TimeSeries.empty("cpu-demand", "fraction", hosts, n);
        memory = TimeSeries.empty("memory", "bytes", hosts, n);
        hostNetwork = TimeSeries.empty("network", "bytes/s", hosts, n);
        power = TimeSeries.empty("power", "W", hosts, n);
        link = TimeSeries.empty("utilization", "fraction", links, n);
        domainDemand = TimeSeries.empty("cpu-demand", "cores", domains, n);
        clusterPower = new double[steps];
        clusterUtilization = new double[steps];
        hostsOn = new int[steps];
        lastUnserved = new double[cluster.hostCount()];
    }

    /** Records step k (the state right after the step's workloads and policy decisions). */
    public void sample(int k) {
        double watts = 0;
        double served = 0;
        double capacity = 0;
        int on = 0;
        for (int h = 0; h < cluster.hostCount(); h++) {
            double p = cluster.accounting().power(h);
            watts += p;
            if (cluster.isOn(h) && !cluster.isFailed(h)) {
                on++;
                served += cluster.servedUtilization(h) * cluster.capacity(h);
                capacity += cluster.capacity(h);
            }
            if (perElement) {
                cpu.set(h, k, cluster.servedUtilization(h));
                demand.set(h, k, cluster.capacity(h) > 0 ? cluster.demand(h) / cluster.capacity(h) : 0);
                memory.set(h, k, cluster.memoryUsed(h));
                hostNetwork.set(h, k, Math.max(network.load(routing.nicOut(h)), network.load(routing.nicIn(h))));
                power.set(h, k, p);
            }
        }
        clusterPower[k] = watts;
        clusterUtilization[k] = capacity > 0 ? served / capacity : 0;
        hostsOn[k] = on;
        if (perElement) {
            for (int l = 0; l < routing.linkCount(); l++) {
                double cap = network.capacity(2 * l);
                double busiest = Math.max(network.load(2 * l), network.load(2 * l + 1));
                link.set(l, k, cap > 0 ? busiest / cap : 0);
            }
            double[] demands = processes.domainDemands();
            for (int d = 0; d < demands.length; d++) {
                domainDemand.set(d, k, demands[d]);
            }
        }
        recorded = k + 1;
    }

    /**
     * Turns the overload integrated since the last call into violations. Call with the
     * accounting settled at {@code now}, at each step boundary and at the end.
     */
    public void closeInterval(double now) {
        for (int h = 0; h < cluster.hostCount(); h++) {
            double total = cluster.accounting().unservedSeconds(h);
            double delta = total - lastUnserved[h];
            if (delta > 1e-9) {
                overloads.add(new SlaViolation(lastClose, now, cluster.hostId(h), SlaViolation.Cause.OVERLOAD, delta));
            }
            lastUnserved[h] = total;
        }
        lastClose = now;
    }

    public int recordedSteps() {
        return recorded;
    }

    public List<TimeSeries> hostSeries() {
        return List.of(cpu, demand, memory, hostNetwork, power);
    }

    public TimeSeries linkSeries() {
        return link;
    }

    public TimeSeries domainSeries() {
        return domainDemand;
    }

    public double[] clusterPower() {
        return clusterPower.clone();
    }

    public double[] clusterUtilization() {
        return clusterUtilization.clone();
    }

    public int[] hostsOn() {
        return hostsOn.clone();
    }

    public List<SlaViolation> overloads() {
        return overloads;
    }

    public boolean perElement() {
        return perElement;
    }
}
