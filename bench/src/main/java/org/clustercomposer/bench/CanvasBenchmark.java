package org.clustercomposer.bench;

import java.io.IOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Stream;

import javafx.application.Platform;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.generate.GeneratorParameters;
import org.clustercomposer.scenario.generate.ScenarioGenerator;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.DiagramRenderer;
import org.clustercomposer.views.canvas.FxPainter;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.canvas.NodePositions;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.canvas.Viewport;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.prediction.UtilizationLoadPredictor;
import org.clustercomposer.views.stack.StackGeometry;
import org.clustercomposer.views.stack.StackRenderer;
import org.clustercomposer.views.stack.TextMeasure;

/**
 * Frame time of a full canvas redraw for 1,000 hosts and 10,000 VMs (docs/decisions/0400).
 * A frame is: draw the visible region into the canvas's GraphicsContext, then snapshot the
 * canvas, which makes the software pipeline rasterize every command (what a screen pulse costs).
 * JavaFX runs headless (Monocle, software rendering), so figures are a pessimistic bound for a
 * machine with a GPU. Each row also gives the CPU per frame of the FX and render threads (drawing and
 * rasterizing), which a busy machine inflates less than wall time. Not JMH: the work must run on
 * the FX application thread; the harness warms up, then reports the median and 90th percentile of
 * many frames. The stack view of the same design is measured at fit and at 100 %.
 *
 * <p>{@code java -jar bench/target/benchmarks.jar canvas [hosts vms [ssi-domains]]}
 */
public final class CanvasBenchmark {

    private static final double WIDTH = 1600;
    private static final double HEIGHT = 1000;
    private static final int WARMUP = 15;
    private static final int FRAMES = 40;

    private CanvasBenchmark() {
    }

    public static void runSuite(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int vms = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int domains = args.length > 2 ? Integer.parseInt(args[2]) : 20;
        startHeadlessFx();
        Scenario generated = new ScenarioGenerator().generate(new GeneratorParameters(hosts, vms, domains, 42));
        // Laid out as `generate` writes it: the editor's tree layout, as after Arrange > Auto-Layout.
        long l0 = System.nanoTime();
        Scenario scenario = NodePositions.laidOut(generated);
        System.out.printf(Locale.ROOT, "tree layout (once per Auto-Layout): %.1f ms%n", (System.nanoTime() - l0) / 1e6);
        long t0 = System.nanoTime();
        DiagramGeometry geometry = DiagramGeometry.of(scenario);
        double geometryMs = (System.nanoTime() - t0) / 1e6;
        Map<String, ElementLoad> loads = UtilizationLoadPredictor.standard().predict(scenario);
        System.out.printf(Locale.ROOT, "canvas: %d hosts, %d VMs, %d links, %d SSI domains; view %.0f x %.0f px%n",
                scenario.hosts().size(), scenario.vms().size(), scenario.links().size(), scenario.ssiDomains().size(),
                WIDTH, HEIGHT);
        System.out.printf(Locale.ROOT, "geometry rebuild (after each edit): first %.1f ms, median %.1f ms%n", geometryMs,
                median(time(() -> DiagramGeometry.of(scenario), 5, 20)));

        Rect world = geometry.bounds();
        Viewport fit = Viewport.fit(world, WIDTH, HEIGHT, 40);
        Viewport detail = new Viewport(1, 0, 0).centredOn(world.centerX(), world.centerY(), WIDTH, HEIGHT);
        Viewport counts = new Viewport(0.4, 0, 0).centredOn(world.centerX(), world.centerY(), WIDTH, HEIGHT);
        Viewport close = new Viewport(2, 0, 0).centredOn(world.centerX(), world.centerY(), WIDTH, HEIGHT);
        Canvas canvas = onFx(() -> new Canvas(WIDTH, HEIGHT));

        List<Double> empty = onFx(() -> time(() -> canvas.snapshot(null, null), WARMUP, FRAMES));
        System.out.printf(Locale.ROOT, "%-62s median %7.2f ms   %s%n",
                "snapshot of the canvas alone (fixed cost in every frame)", median(empty), cpuFigures());
        List<double[]> rows = new ArrayList<>();
        // The naive frame takes minutes at 10,000 hosts: it is the baseline only for designs it can draw.
        boolean naive = scenario.vms().size() <= 20_000;
        if (naive) {
            rows.add(measure("naive: every element, full detail, no culling (baseline)", canvas, geometry, loads, fit, true));
        }
        rows.add(measure("fit to window (scale " + String.format(Locale.ROOT, "%.3f", fit.scale()) + ", no text)",
                canvas, geometry, loads, fit, false));
        rows.add(measure("zoom 40 % (VMs as counts per host)", canvas, geometry, loads, counts, false));
        rows.add(measure("zoom 100 % (every VM chip with its name)", canvas, geometry, loads, detail, false));
        rows.add(measure("zoom 200 %", canvas, geometry, loads, close, false));
        int skip = naive ? 1 : 0;
        if (naive) {
            double baseline = rows.get(0)[0];
            System.out.println("ratios to the naive baseline (median): " + String.join(", ",
                    rows.stream().skip(1).map(r -> String.format(Locale.ROOT, "%.2fx", r[0] / baseline)).toList()));
        }
        System.out.println("ratios to the snapshot alone (median wall): " + String.join(", ",
                rows.stream().skip(skip).map(r -> String.format(Locale.ROOT, "%.2fx", r[0] / median(empty))).toList()));

        // The stack view of the same design (docs/decisions/0430): a thin strip when fitted.
        long s0 = System.nanoTime();
        StackGeometry stack = onFx(() -> StackGeometry.of(scenario, TextMeasure.fx()));
        System.out.printf(Locale.ROOT, "stack geometry (measured widths): %.1f ms%n", (System.nanoTime() - s0) / 1e6);
        Rect stackWorld = stack.bounds();
        Viewport stackFit = Viewport.fit(stackWorld, WIDTH, HEIGHT, 40);
        measureStack("stack view, fit to window (scale " + String.format(Locale.ROOT, "%.4f", stackFit.scale()) + ")",
                canvas, stack, loads, stackFit);
        measureStack("stack view, zoom 100 %", canvas, stack, loads,
                new Viewport(1, 0, 0).centredOn(stackWorld.centerX(), stackWorld.maxY() - HEIGHT / 2 + 40, WIDTH, HEIGHT));
        Platform.exit();
    }

    private static double[] measure(String label, Canvas canvas, DiagramGeometry geometry, Map<String, ElementLoad> loads,
                                    Viewport view, boolean naive) throws Exception {
        Rect visible = naive ? geometry.bounds().grow(100) : view.visibleWorld(WIDTH, HEIGHT);
        double lodScale = naive ? 1 : view.scale();
        // What the canvas draws at that scale: zoomed out, compact hosts with VM counts.
        DiagramGeometry drawn = geometry.forScale(lodScale);
        List<Double> ms = onFx(() -> time(() -> {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.setFill(CanvasTheme.LIGHT.background());
            gc.fillRect(0, 0, WIDTH, HEIGHT);
            gc.setTransform(view.scale(), 0, 0, view.scale(), view.translateX(), view.translateY());
            DiagramRenderer.draw(new DiagramRenderer.Frame(drawn, loads, Set.of(), LayerVisibility.all(),
                    CanvasTheme.LIGHT, visible, lodScale), new FxPainter(gc));
            return canvas.snapshot(null, null);
        }, WARMUP, FRAMES));
        double[] stats = {median(ms), percentile(ms, 0.9)};
        System.out.printf(Locale.ROOT, "%-62s median %7.2f ms   p90 %7.2f ms   %s   (%d frames)%n", label,
                stats[0], stats[1], cpuFigures(), ms.size());
        return stats;
    }

    private static void measureStack(String label, Canvas canvas, StackGeometry stack, Map<String, ElementLoad> loads,
                                     Viewport view) throws Exception {
        List<Double> ms = onFx(() -> time(() -> {
            GraphicsContext gc = canvas.getGraphicsContext2D();
            gc.setTransform(1, 0, 0, 1, 0, 0);
            gc.setFill(CanvasTheme.LIGHT.background());
            gc.fillRect(0, 0, WIDTH, HEIGHT);
            gc.setTransform(view.scale(), 0, 0, view.scale(), view.translateX(), view.translateY());
            StackRenderer.draw(new StackRenderer.Frame(stack, loads, Set.of(), Set.of(), LayerVisibility.all(),
                    CanvasTheme.LIGHT, view.visibleWorld(WIDTH, HEIGHT), view.scale(), null), new FxPainter(gc));
            return canvas.snapshot(null, null);
        }, WARMUP, FRAMES));
        System.out.printf(Locale.ROOT, "%-62s median %7.2f ms   p90 %7.2f ms   %s%n", label, median(ms),
                percentile(ms, 0.9), cpuFigures());
    }

    /**
     * CPU per frame of the last {@link #time}: the FX thread (drawing) plus the render thread
     * (rasterizing), in milliseconds from the threads' own clocks, so a busy machine inflates it far
     * less than wall time. {@link #LAST_FX} is the FX thread's part. {@link #LAST_FAULTS} counts both threads' minor page faults
     * per frame (Linux): a frame that first touches fresh heap pages (the snapshot's new 6.4 MB image in a
     * young generation that just grew) pays the kernel for zeroing them, 2-40 ms of "CPU" that is not drawing.
     */
    private static final List<Double> LAST_CPU = new ArrayList<>();
    private static final List<Double> LAST_FX = new ArrayList<>();
    private static final List<Double> LAST_FAULTS = new ArrayList<>();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** The render thread's id, looked up once: a lookup per frame dumps every thread's stack. */
    private static long renderer = -1;

    private static long rendererId() {
        if (renderer < 0) {
            renderer = Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().startsWith("QuantumRenderer"))
                    .mapToLong(Thread::getId).findFirst().orElse(-1);
        }
        return renderer;
    }

    /** The render thread's /proc stat file (Linux), or null. */
    private static Path rendererStat;

    /** FX-thread CPU and render-thread CPU in nanoseconds, and both threads' minor page faults so far. */
    private static long[] drawingCpuNanos() {
        long id = rendererId();
        if (rendererStat == null) {
            rendererStat = taskNamed("QuantumRendere");
        }
        return new long[] {THREADS.getCurrentThreadCpuTime(), id < 0 ? 0 : THREADS.getThreadCpuTime(id),
                minorFaults(Path.of("/proc/thread-self/stat")) + minorFaults(rendererStat)};
    }

    /** The stat file of this process's thread whose name starts so (names are cut to 15 characters there). */
    private static Path taskNamed(String prefix) {
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            return tasks.filter(t -> {
                try {
                    return Files.readString(t.resolve("comm")).startsWith(prefix);
                } catch (IOException e) {
                    return false;
                }
            }).map(t -> t.resolve("stat")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** A thread's minor page faults (field 10 of its stat), 0 where there is no such file. */
    private static long minorFaults(Path stat) {
        if (stat == null) {
            return 0;
        }
        try {
            String line = Files.readString(stat);
            return Long.parseLong(line.substring(line.lastIndexOf(')') + 2).split(" ")[7]);
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    /**
     * Warms up {@code warmup} frames, then five more at a time while the JIT compiler worked during the last five
     * (up to {@link #MAX_WARMUP} frames): on a loaded 2-core machine the compiler thread waits for a core, and
     * frames measured while the drawing code is still being compiled cost more (docs/decisions/0450).
     * {@link #LAST_JIT} is the compiler's time during the measured frames, {@link #LAST_WARMUP} the warm-up's frames.
     */
    private static List<Double> time(Supplier<?> work, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        int frames = warmup;
        long compiled;
        do {
            compiled = JIT.getTotalCompilationTime();
            for (int i = 0; i < 5; i++) {
                work.get();
            }
            frames += 5;
        } while (JIT.getTotalCompilationTime() > compiled && frames < MAX_WARMUP);
        LAST_WARMUP = frames;
        long jitBefore = JIT.getTotalCompilationTime();
        List<Double> ms = new ArrayList<>();
        LAST_CPU.clear();
        LAST_FX.clear();
        LAST_FAULTS.clear();
        for (int i = 0; i < runs; i++) {
            long[] before = drawingCpuNanos();
            long start = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - start) / 1e6);
            long[] after = drawingCpuNanos();
            double fx = (after[0] - before[0]) / 1e6;
            LAST_CPU.add(fx + (after[1] - before[1]) / 1e6);
            LAST_FX.add(fx);
            LAST_FAULTS.add((double) (after[2] - before[2]));
        }
        LAST_JIT = JIT.getTotalCompilationTime() - jitBefore;
        return ms;
    }

    private static final CompilationMXBean JIT = ManagementFactory.getCompilationMXBean();
    private static final int MAX_WARMUP = 200;
    private static long LAST_JIT;
    private static int LAST_WARMUP;

    /** The CPU figures of the last {@link #time}: FX plus render thread, the FX thread's part (medians), page faults, JIT. */
    private static String cpuFigures() {
        return String.format(Locale.ROOT, "cpu %7.2f ms (fx %6.2f, page faults %.0f, warm-up %d, jit %d ms)", median(LAST_CPU),
                median(LAST_FX), LAST_FAULTS.stream().mapToDouble(Double::doubleValue).average().orElse(0), LAST_WARMUP,
                LAST_JIT);
    }

    static double median(List<Double> values) {
        return percentile(values, 0.5);
    }

    static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(p * (sorted.size() - 1) + 0.5)));
    }

    static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        return result.get();
    }

    /** Headless JavaFX with software rendering, as in the UI tests: no display needed. */
    static void startHeadlessFx() throws InterruptedException {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("headless.geometry", "1920x1200-32");
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
