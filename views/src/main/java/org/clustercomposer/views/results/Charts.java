package org.clustercomposer.views.results;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.simulation.SimulationResult;
import org.clustercomposer.simulation.output.SlaViolation;
import org.clustercomposer.simulation.output.TimeSeries;
import org.clustercomposer.topology.Host;

/** The charts of a run, as data: each chart's title, unit and lines, from the run's recorded samples. */
public final class Charts {

    /** One chart: what it shows, in which unit, and its lines. */
    public record Chart(String id, String title, String unit, List<ChartSeries> lines) {

        public Chart {
            lines = List.copyOf(lines);
        }

        /** This chart with the same chart of another run added as a second line (for comparing). */
        public Chart overlaid(Chart other, String thisName, String otherName) {
            List<ChartSeries> all = new ArrayList<>();
            lines.forEach(l -> all.add(l.named(thisName)));
            other.lines.forEach(l -> all.add(l.named(otherName)));
            return new Chart(id, title, unit, all);
        }
    }

    private Charts() {
    }

    /** Cluster CPU, memory, power, energy and SLA violations over time. */
    public static List<Chart> cluster(SimulationRun run) {
        SimulationResult r = run.result();
        int n = r.stepTimes().length;
        double[] hours = hoursOf(r);
        double[] cpu = new double[n];
        double[] power = new double[n];
        double[] energy = new double[n];
        double[] unserved = new double[n];
        double joules = 0;
        for (int k = 0; k < n; k++) {
            cpu[k] = r.clusterUtilization()[k] * 100;
            power[k] = r.clusterPower()[k] / 1000;
            double dt = Math.min(r.step(), r.simulatedTime() - r.stepTimes()[k]);
            joules += r.clusterPower()[k] * Math.max(0, dt);
            energy[k] = joules / 3.6e6;
        }
        for (SlaViolation v : r.violations()) {
            int k = (int) Math.min(n - 1, Math.floor(v.start() / r.step() + 1e-9));
            if (k >= 0) {
                unserved[k] += v.unservedCoreSeconds();
            }
        }
        List<Chart> charts = new ArrayList<>();
        charts.add(new Chart("cpu", "Cluster CPU", "% of running hosts' capacity",
                List.of(new ChartSeries("CPU", hours, cpu))));
        memory(run, hours).ifPresent(charts::add);
        charts.add(new Chart("power", "Power", "kW", List.of(new ChartSeries("power", hours, power))));
        charts.add(new Chart("energy", "Energy", "kWh since start", List.of(new ChartSeries("energy", hours, energy))));
        charts.add(new Chart("sla", "SLA violations", "unserved core·s per step",
                List.of(new ChartSeries("unserved", hours, unserved))));
        return charts;
    }

    private static java.util.Optional<Chart> memory(SimulationRun run, double[] hours) {
        SimulationResult r = run.result();
        TimeSeries memory = r.hostMetric("memory");
        if (memory.steps() == 0) {
            return java.util.Optional.empty();
        }
        double total = run.scenario().hosts().stream().mapToDouble(Host::memory).sum();
        double[] used = new double[hours.length];
        for (int k = 0; k < hours.length; k++) {
            double sum = 0;
            for (int h = 0; h < memory.elements().size(); h++) {
                sum += memory.get(h, k);
            }
            used[k] = total > 0 ? sum / total * 100 : 0;
        }
        return java.util.Optional.of(new Chart("memory", "Cluster memory", "% of all hosts' memory",
                List.of(new ChartSeries("memory", hours, used))));
    }

    /**
     * The selected element's own series: a host's CPU demand and memory, a link's utilization, an
     * SSI domain's CPU demand. Empty for elements the run has no series of.
     */
    public static java.util.Optional<Chart> element(SimulationRun run, String id) {
        SimulationResult r = run.result();
        double[] hours = hoursOf(r);
        Scenario s = run.scenario();
        if (id == null) {
            return java.util.Optional.empty();
        }
        String name = id == null ? null : s.element(id).map(e -> e.name()).orElse(id);
        int h = r.hostMetric("cpu-demand").elements().indexOf(id);
        if (id == null || r.hostMetric("cpu-demand").steps() == 0) {
            return java.util.Optional.empty();
        }
        if (h >= 0) {
            double memory = s.hosts().stream().filter(x -> x.id().equals(id)).mapToDouble(Host::memory).sum();
            double[] cpu = column(r.hostMetric("cpu-demand"), h, hours.length, 100);
            double[] mem = column(r.hostMetric("memory"), h, hours.length, memory > 0 ? 100 / memory : 0);
            return java.util.Optional.of(new Chart("element", name, "% of the host's capacity",
                    List.of(new ChartSeries("CPU demand", hours, cpu), new ChartSeries("memory", hours, mem))));
        }
        int l = r.linkSeries().elements().indexOf(id);
        if (l >= 0) {
            return java.util.Optional.of(new Chart("element", name, "% of bandwidth",
                    List.of(new ChartSeries("utilization", hours, column(r.linkSeries(), l, hours.length, 100)))));
        }
        int d = r.domainSeries().elements().indexOf(id);
        if (d >= 0) {
            return java.util.Optional.of(new Chart("element", name, "cores of CPU demand",
                    List.of(new ChartSeries("CPU demand", hours, column(r.domainSeries(), d, hours.length, 1)))));
        }
        return java.util.Optional.empty();
    }

    private static double[] column(TimeSeries s, int element, int n, double factor) {
        double[] v = new double[n];
        for (int k = 0; k < n; k++) {
            v[k] = s.get(element, k) * factor;
        }
        return v;
    }

    static double[] hoursOf(SimulationResult r) {
        double[] hours = new double[r.stepTimes().length];
        for (int k = 0; k < hours.length; k++) {
            hours[k] = r.stepTimes()[k] / 3600;
        }
        return hours;
    }

    /** "24 h", "90 min". */
    public static String hours(double seconds) {
        return seconds >= 3600 ? String.format("%.4g h", seconds / 3600) : String.format("%.4g min", seconds / 60);
    }
}
