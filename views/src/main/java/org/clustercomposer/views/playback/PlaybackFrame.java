package org.clustercomposer.views.playback;

import java.util.List;
import java.util.Map;

import org.clustercomposer.simulation.migration.MigrationRecord;
import org.clustercomposer.views.prediction.ElementLoad;

/**
 * The state of a run at one time, as views draw it.
 *
 * @param time       seconds into the run
 * @param loads      element id → load at that time (hosts, links), the same type the prediction uses
 * @param migrations the migrations under way at that time, with how far along each is
 */
public record PlaybackFrame(double time, Map<String, ElementLoad> loads, List<Running> migrations) {

    public PlaybackFrame {
        loads = Map.copyOf(loads);
        migrations = List.copyOf(migrations);
    }

    /** A migration in flight: {@code fraction} of its duration done, 0..1. */
    public record Running(MigrationRecord migration, double fraction) {

        /** Whether the subject is paused (stop-and-copy or freeze) at this moment. */
        public boolean inDowntime() {
            return fraction * migration.duration() >= migration.duration() - migration.downtime();
        }
    }
}
