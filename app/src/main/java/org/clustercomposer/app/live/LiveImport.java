package org.clustercomposer.app.live;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.clustercomposer.scenario.Scenario;

/**
 * Reads several live hosts into one scenario. A host that cannot be read is reported and left
 * out; the others still import. {@code ssh://} URIs are read over SSH, any other through libvirt.
 */
public final class LiveImport {

    /** What an import tells while it runs (on the thread that runs it). */
    public interface Progress {
        void step(String message, double fraction);
    }

    /** The scenario (null when no host could be read), the hosts read, what failed and what was assumed. */
    public record Result(Scenario scenario, List<LiveHost> hosts, List<String> failures, List<String> notes) {
        public boolean complete() {
            return failures.isEmpty();
        }
    }

    private final int measureSeconds;
    private final SshHosts ssh;

    public LiveImport(int measureSeconds, SshHosts ssh) {
        this.measureSeconds = measureSeconds;
        this.ssh = ssh;
    }

    public Result run(List<String> uris, Progress progress, BooleanSupplier cancelled) throws InterruptedException {
        List<ImportedScenario.Indexed> read = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < uris.size(); i++) {
            if (cancelled.getAsBoolean()) {
                throw new InterruptedException("cancelled");
            }
            String uri = uris.get(i);
            progress.step("reading " + uri, (double) i / uris.size());
            try {
                read.add(new ImportedScenario.Indexed(i, readOne(uri, cancelled)));
            } catch (LiveHostException e) {
                failures.add(e.getMessage());
            }
        }
        progress.step("done", 1);
        List<String> notes = new ArrayList<>();
        Scenario scenario = read.isEmpty() ? null : ImportedScenario.of(read, notes);
        return new Result(scenario, read.stream().map(ImportedScenario.Indexed::host).toList(), failures, notes);
    }

    private LiveHost readOne(String uri, BooleanSupplier cancelled) throws LiveHostException, InterruptedException {
        if (SshHosts.isSshUri(uri)) {
            return ssh.read(uri);
        }
        try (LibvirtHost host = LibvirtHost.open(uri)) {
            return host.read(measureSeconds, cancelled);
        }
    }
}
