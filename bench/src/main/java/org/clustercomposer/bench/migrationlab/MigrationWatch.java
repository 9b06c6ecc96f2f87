package org.clustercomposer.bench.migrationlab;

import static org.clustercomposer.bench.migrationlab.Column.*;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

/**
 * Follows one migration by polling {@code query-migrate} every 20 ms: the highest auto-converge throttle, the
 * switch to post-copy once the set number of passes is done, and a cancel when it runs past the lab's timeout.
 */
final class MigrationWatch {

    private static final long POLL_MS = 20;
    private static final Set<String> ENDED = Set.of("completed", "failed", "cancelled");

    private final int postcopyAfterPasses;
    private int maxThrottlePct;
    private boolean enteredPostcopy;
    private double postcopySwitchAtS = -1;
    private boolean timedOut;

    MigrationWatch(int postcopyAfterPasses) {
        this.postcopyAfterPasses = postcopyAfterPasses;
    }

    /** Polls until the migration ends (or is cancelled after {@code timeout}) and returns the last reply. */
    JsonNode follow(QmpConnection source, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode q = source.execute("query-migrate", Map.of());
            String status = q.path("status").asText();
            maxThrottlePct = Math.max(maxThrottlePct, q.path("cpu-throttle-percentage").asInt(0));
            enteredPostcopy |= status.equals("postcopy-active");
            if (ENDED.contains(status)) {
                return q;
            }
            if (postcopyAfterPasses > 0 && postcopySwitchAtS < 0 && status.equals("active")
                    && q.path("ram").path("dirty-sync-count").asInt() > postcopyAfterPasses) {
                source.execute("migrate-start-postcopy", Map.of());
                postcopySwitchAtS = q.path("total-time").asLong() / 1000.0;
            }
            if (!timedOut && System.nanoTime() > deadline) {
                timedOut = true;
                source.execute("migrate_cancel", Map.of());
                deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            } else if (timedOut && System.nanoTime() > deadline) {
                throw new IOException("the migration did not stop within 30 s of migrate_cancel");
            }
            Thread.sleep(POLL_MS);
        }
    }

    /** Writes the outcome columns from the last {@code query-migrate} reply. */
    static void record(JsonNode q, MigrationWatch watch, RunRow row) {
        String status = q.path("status").asText();
        boolean completed = status.equals("completed");
        row.put(STATUS, watch.timedOut ? "timed_out" : completed ? "completed" : "failed")
                .put(STATUS_DETAIL, q.path("error-desc").asText(""))
                .put(ENTERED_POSTCOPY, watch.enteredPostcopy)
                .put(MAX_THROTTLE_PCT, watch.maxThrottlePct)
                .put(ELAPSED_AT_END_S, q.path("total-time").asLong() / 1000.0);
        if (watch.postcopySwitchAtS >= 0) {
            row.put(POSTCOPY_SWITCH_AT_S, watch.postcopySwitchAtS);
        }
        if (completed) {
            row.put(TOTAL_TIME_S, q.path("total-time").asLong() / 1000.0).put(DOWNTIME_MS, q.path("downtime").asLong());
        }
        if (q.has("setup-time")) {
            row.put(SETUP_TIME_MS, q.path("setup-time").asLong());
        }
        JsonNode ram = q.path("ram");
        if (!ram.isMissingNode()) {
            row.put(TRANSFERRED_BYTES, ram.path("transferred").asLong()).put(PRECOPY_BYTES, ram.path("precopy-bytes").asLong())
                    .put(DOWNTIME_BYTES, ram.path("downtime-bytes").asLong())
                    .put(POSTCOPY_BYTES, ram.path("postcopy-bytes").asLong())
                    .put(MULTIFD_BYTES, ram.path("multifd-bytes").asLong()).put(NORMAL_PAGES, ram.path("normal").asLong())
                    .put(DUPLICATE_PAGES, ram.path("duplicate").asLong())
                    .put(NORMAL_BYTES, ram.path("normal-bytes").asLong())
                    .put(DIRTY_SYNC_COUNT, ram.path("dirty-sync-count").asLong())
                    .put(THROUGHPUT_MBIT_S, ram.path("mbps").asDouble())
                    .put(PAGES_PER_SECOND, ram.path("pages-per-second").asLong())
                    .put(POSTCOPY_REQUESTS, ram.path("postcopy-requests").asLong());
        }
        JsonNode x = q.path("xbzrle-cache");
        if (!x.isMissingNode()) {
            row.put(XBZRLE_BYTES, x.path("bytes").asLong()).put(XBZRLE_PAGES, x.path("pages").asLong())
                    .put(XBZRLE_CACHE_MISS, x.path("cache-miss").asLong()).put(XBZRLE_OVERFLOW, x.path("overflow").asLong());
        }
    }
}
