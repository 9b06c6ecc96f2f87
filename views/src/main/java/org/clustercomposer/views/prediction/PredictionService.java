package org.clustercomposer.views.prediction;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.concurrent.Executor;

import org.clustercomposer.scenario.Scenario;

/**
 * Re-runs the predictor after every edit on one background thread. Results come back through a
 * UI executor (Platform::runLater in the app) and only when they belong to the newest revision:
 * a slow result for an older design is dropped, never shown over a newer one.
 */
public final class PredictionService implements AutoCloseable {

    /** What the status bar shows. */
    public enum State { IDLE, RUNNING, FAILED }

    private final LoadPredictor predictor;
    private final Executor uiExecutor;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "prediction");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong latestRequested = new AtomicLong(-1);

    public PredictionService(LoadPredictor predictor, Executor uiExecutor) {
        this.predictor = Objects.requireNonNull(predictor, "predictor");
        this.uiExecutor = Objects.requireNonNull(uiExecutor, "uiExecutor");
    }

    /**
     * Asks for a prediction of a revision. Earlier requests still queued are skipped; the
     * callbacks run on the UI executor.
     */
    public void request(Scenario scenario, long revision, Consumer<Prediction> onResult, Consumer<String> onFailure) {
        latestRequested.set(revision);
        worker.execute(() -> {
            if (latestRequested.get() != revision) {
                return;
            }
            long start = System.nanoTime();
            try {
                Map<String, ElementLoad> loads = predictor.predict(scenario);
                Prediction p = new Prediction(revision, loads, (System.nanoTime() - start) / 1e6);
                uiExecutor.execute(() -> {
                    if (latestRequested.get() == revision) {
                        onResult.accept(p);
                    }
                });
            } catch (RuntimeException e) {
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                uiExecutor.execute(() -> {
                    if (latestRequested.get() == revision) {
                        onFailure.accept(message);
                    }
                });
            }
        });
    }

    /** Waits for queued work (tests and shutdown). */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        var done = new CountDownLatch(1);
        worker.execute(done::countDown);
        return done.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
