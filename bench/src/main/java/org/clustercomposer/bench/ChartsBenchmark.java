package org.clustercomposer.bench;

import static org.clustercomposer.bench.CanvasBenchmark.median;
import static org.clustercomposer.bench.CanvasBenchmark.onFx;
import static org.clustercomposer.bench.CanvasBenchmark.percentile;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleConsumer;

import javax.imageio.ImageIO;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;

import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.dataset.spi.DoubleDataSet;

import org.clustercomposer.views.results.ChartSeries;
import org.clustercomposer.views.results.Charts;
import org.clustercomposer.views.results.TimeChart;

/**
 * Scrubbing the results view's charts (issue 10 item 9, docs/decisions/0420): a day at 5-minute
 * steps (288 samples) of a 1,000-host run, the playback cursor moved one step per frame across the
 * day, with (a) the app's own {@link TimeChart} (JavaFX LineChart, cursor as an overlay line) and
 * (b) ChartFX 11.3.1 (XYChart, cursor as its XValueIndicator). The charts are the results view's
 * six: cluster CPU, memory, power, energy, SLA violations (one line each) and the selected host's
 * CPU and memory (two lines). They carry cluster aggregates, never one line per host, so 1,000
 * hosts means 288 points per line whatever the design; the values are synthesized with a day's
 * shape. The baseline, measured in the same run, is an empty scene of the same size.
 *
 * <p>A frame is one pulse: an AnimationTimer moves the cursor, the scene lays out and renders. We
 * report frames/s from the median pulse gap (headless pulses are capped at 60/s), its 10th-90th
 * percentiles, and the CPU per frame of the FX thread and the render thread, which is what bounds
 * the frame rate when the cap does not (the two threads work in a pipeline, so the uncapped bound is
 * 1000 ms over the larger of the two). Phases are interleaved and repeated to show the spread.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar charts [seconds-per-phase [rounds]]}
 */
public final class ChartsBenchmark {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    private static final int STEPS = 288;
    private static final double STEP_SECONDS = 300;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ChartsBenchmark() {
    }

    public static void runSuite(String[] args) throws Exception {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        CanvasBenchmark.startHeadlessFx();
        List<Charts.Chart> charts = dayOfCharts();
        Stage stage = onFx(() -> {
            Stage s = new Stage();
            s.setScene(new Scene(new Pane(), WIDTH, HEIGHT));
            s.show();
            return s;
        });
        System.out.printf(Locale.ROOT, "charts: %d charts, %d samples per line (a day at 5-minute steps); scene %.0f x %.0f; "
                + "%.1f s per phase, %d rounds%n", charts.size(), STEPS, WIDTH, HEIGHT, seconds, rounds);

        List<Variant> variants = List.of(
                new Variant("empty scene (baseline)", () -> new Scrubbed(new Pane())),
                new Variant("(a) JavaFX LineChart + overlay cursor", () -> lineCharts(charts)),
                new Variant("(b) ChartFX XYChart + XValueIndicator", () -> chartFx(charts)));
        List<List<Double>> gaps = new ArrayList<>();
        List<List<Double>> roundFps = new ArrayList<>();
        List<double[]> cpu = new ArrayList<>();
        for (int v = 0; v < variants.size(); v++) {
            gaps.add(new ArrayList<>());
            roundFps.add(new ArrayList<>());
            cpu.add(new double[2]);
        }
        Path shots = Files.createDirectories(Path.of("bench/target/charts-bench"));
        for (int r = 0; r < rounds; r++) {
            for (int v = 0; v < variants.size(); v++) {
                Variant variant = variants.get(v);
                Scrubbed scene = onFx(() -> {
                    Scrubbed s = variant.build();
                    stage.getScene().setRoot(s.root());
                    return s;
                });
                Thread.sleep(800); // first layout and render, off the clock
                Phase p = scrub(scene.cursor(), seconds);
                gaps.get(v).addAll(p.gaps);
                roundFps.get(v).add(1000 / median(p.gaps));
                cpu.get(v)[0] += p.fxCpuMs / p.gaps.size() / rounds;
                cpu.get(v)[1] += p.renderCpuMs / p.gaps.size() / rounds;
                if (r == 0) {
                    File png = shots.resolve("variant-" + v + ".png").toFile();
                    onFx(() -> {
                        try {
                            ImageIO.write(SwingFXUtils.fromFXImage(stage.getScene().getRoot().snapshot(null, null), null), "png", png);
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return null;
                    });
                }
            }
        }
        double baseline = 1000 / median(gaps.get(0));
        for (int v = 0; v < variants.size(); v++) {
            List<Double> g = gaps.get(v);
            double fps = 1000 / median(g);
            System.out.printf(Locale.ROOT, "%-40s frames %5d   median %5.1f frames/s (p10-p90 gap %5.1f-%5.1f ms; rounds %s)"
                    + "   CPU per frame: FX %5.2f ms, render %5.2f ms (uncapped bound %4.0f frames/s)   vs baseline %.2fx%n",
                    variants.get(v).name, g.size(), fps, percentile(g, 0.1), percentile(g, 0.9), range(roundFps.get(v)),
                    cpu.get(v)[0], cpu.get(v)[1], 1000 / Math.max(cpu.get(v)[0], cpu.get(v)[1]), fps / baseline);
        }
        System.out.println("screenshots: " + shots.toAbsolutePath());
        Platform.exit();
        System.exit(0);
    }

    private static String range(List<Double> fps) {
        return String.format(Locale.ROOT, "%.1f-%.1f", Collections.min(fps), Collections.max(fps));
    }

    private record Variant(String name, java.util.function.Supplier<Scrubbed> factory) {
        Scrubbed build() {
            return factory.get();
        }
    }

    /** A scene root and how to move its cursor to a time in seconds. */
    private record Scrubbed(Parent root, DoubleConsumer cursor) {
        Scrubbed(Pane root) {
            this(root, t -> { });
        }
    }

    private static final class Phase {
        final List<Double> gaps = new ArrayList<>();
        double fxCpuMs;
        double renderCpuMs;
    }

    /** Moves the cursor one step per pulse, wrapping around the day, and records pulse gaps. */
    private static Phase scrub(DoubleConsumer cursor, double seconds) throws Exception {
        Phase phase = new Phase();
        long[] last = {0};
        int[] frame = {0};
        AnimationTimer timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (last[0] != 0) {
                    phase.gaps.add((t - last[0]) / 1e6);
                }
                last[0] = t;
                cursor.accept((frame[0]++ % STEPS) * STEP_SECONDS);
            }
        };
        long render0 = renderCpu();
        long fx0 = onFx(() -> {
            timer.start();
            return THREADS.getCurrentThreadCpuTime();
        });
        Thread.sleep((long) (seconds * 1000));
        long fx1 = onFx(() -> {
            timer.stop();
            return THREADS.getCurrentThreadCpuTime();
        });
        phase.fxCpuMs = (fx1 - fx0) / 1e6;
        phase.renderCpuMs = (renderCpu() - render0) / 1e6;
        return phase;
    }

    /** CPU time of JavaFX's render thread(s), where the software pipeline rasterizes each frame. */
    private static long renderCpu() {
        long sum = 0;
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                sum += Math.max(0, THREADS.getThreadCpuTime(t.getId()));
            }
        }
        return sum;
    }

    private static Scrubbed lineCharts(List<Charts.Chart> charts) {
        FlowPane pane = new FlowPane(8, 8);
        List<TimeChart> built = new ArrayList<>();
        for (Charts.Chart c : charts) {
            TimeChart chart = new TimeChart(c);
            built.add(chart);
            pane.getChildren().add(chart);
        }
        return new Scrubbed(pane, t -> built.forEach(c -> c.setTime(t)));
    }

    private static Scrubbed chartFx(List<Charts.Chart> charts) {
        FlowPane pane = new FlowPane(8, 8);
        List<XValueIndicator> cursors = new ArrayList<>();
        for (Charts.Chart c : charts) {
            DefaultNumericAxis x = new DefaultNumericAxis("time", "h");
            DefaultNumericAxis y = new DefaultNumericAxis(c.unit());
            y.setForceZeroInRange(true);
            XYChart chart = new XYChart(x, y);
            chart.setTitle(c.title());
            chart.setLegendVisible(c.lines().size() > 1);
            for (ChartSeries line : c.lines()) {
                DoubleDataSet data = new DoubleDataSet(line.name());
                data.set(line.hours(), line.values());
                chart.getDatasets().add(data);
            }
            XValueIndicator cursor = new XValueIndicator(x, 0);
            chart.getPlugins().add(cursor);
            cursors.add(cursor);
            // Held at TimeChart's size: an XYChart asks for far more room and FlowPane would give it.
            Pane box = new Pane(chart) {
                @Override
                protected void layoutChildren() {
                    chart.resizeRelocate(0, 0, getWidth(), getHeight());
                }
            };
            box.setMinSize(420, 230);
            box.setPrefSize(420, 230);
            box.setMaxSize(420, 230);
            pane.getChildren().add(box);
        }
        return new Scrubbed(pane, t -> cursors.forEach(k -> k.setValue(t / 3600)));
    }

    /** The results view's six charts, 288 samples each, with the shape of a day's run. */
    static List<Charts.Chart> dayOfCharts() {
        double[] hours = new double[STEPS];
        double[] cpu = new double[STEPS];
        double[] memory = new double[STEPS];
        double[] power = new double[STEPS];
        double[] energy = new double[STEPS];
        double[] sla = new double[STEPS];
        double[] hostCpu = new double[STEPS];
        double[] hostMemory = new double[STEPS];
        java.util.Random random = new java.util.Random(42);
        double kwh = 0;
        for (int k = 0; k < STEPS; k++) {
            hours[k] = k * STEP_SECONDS / 3600;
            double daily = 0.5 - 0.5 * Math.cos(2 * Math.PI * hours[k] / 24);
            cpu[k] = 25 + 50 * daily + 5 * random.nextGaussian();
            memory[k] = 40 + 20 * daily + 2 * random.nextGaussian();
            power[k] = 1000 * (0.12 + 0.18 * cpu[k] / 100); // 1,000 hosts, 120-300 W each
            kwh += power[k] * STEP_SECONDS / 3600;
            energy[k] = kwh;
            sla[k] = cpu[k] > 70 ? 1000 * (cpu[k] - 70) * random.nextDouble() : 0;
            hostCpu[k] = Math.max(0, cpu[k] + 15 * random.nextGaussian());
            hostMemory[k] = memory[k] + 5 * random.nextGaussian();
        }
        return List.of(
                chart("cpu", "Cluster CPU", "% of running hosts' capacity", new ChartSeries("CPU", hours, cpu)),
                chart("memory", "Cluster memory", "% of all hosts' memory", new ChartSeries("memory", hours, memory)),
                chart("power", "Power", "kW", new ChartSeries("power", hours, power)),
                chart("energy", "Energy", "kWh since start", new ChartSeries("energy", hours, energy)),
                chart("sla", "SLA violations", "unserved core·s per step", new ChartSeries("unserved", hours, sla)),
                new Charts.Chart("element", "h-0001", "% of the host's capacity", List.of(
                        new ChartSeries("CPU demand", hours, hostCpu), new ChartSeries("memory", hours, hostMemory))));
    }

    private static Charts.Chart chart(String id, String title, String unit, ChartSeries line) {
        return new Charts.Chart(id, title, unit, List.of(line));
    }
}
