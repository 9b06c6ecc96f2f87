package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the guest wrote to one QEMU process's debug console (a file): "cc-guest: started ...",
 * "cc-guest: running ...", then "cc-guest: alive t_s=... rate_mibps=..." once a second.
 */
final class GuestConsole {

    static final String STARTED = "cc-guest: started";
    static final String RUNNING = "cc-guest: running";
    static final String ALIVE = "cc-guest: alive";
    private static final String ERROR = "cc-guest: error";
    private static final String EXCEPTION = "cc-guest: exception";

    private final Path file;
    private final QemuProcess owner;

    GuestConsole(Path file, QemuProcess owner) {
        this.file = file;
        this.owner = owner;
    }

    /** How many complete lines start with {@code prefix} now. */
    int count(String prefix) throws IOException {
        return (int) lines().stream().filter(l -> l.startsWith(prefix)).count();
    }

    /**
     * Waits until the {@code n}-th (1-based) complete line starting with {@code prefix} is there and returns it.
     * A guest error, a CPU exception or QEMU exiting ends the wait with the reason.
     */
    String await(String prefix, int n, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            int seen = 0;
            for (String line : lines()) {
                if (line.startsWith(ERROR) || line.startsWith(EXCEPTION)) {
                    throw new IOException("the guest stopped: " + line);
                }
                if (line.startsWith(prefix) && ++seen == n) {
                    return line;
                }
            }
            if (!owner.isAlive()) {
                throw new IOException("QEMU exited while waiting for \"" + prefix + "\"; see " + owner.log());
            }
            if (System.nanoTime() > deadline) {
                throw new IOException("no \"" + prefix + "\" line from the guest within " + timeout.toSeconds() + " s in "
                        + file);
            }
            Thread.sleep(20);
        }
    }

    /** The {@code key=value} fields of a console line, in order. */
    static Map<String, String> fields(String line) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String token : line.split(" ")) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                fields.put(token.substring(0, eq), token.substring(eq + 1));
            }
        }
        return fields;
    }

    /** Complete lines only: the last one may still be being written. */
    private List<String> lines() throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        String text = Files.readString(file, StandardCharsets.ISO_8859_1);
        int end = text.lastIndexOf('\n');
        return end < 0 ? List.of() : List.of(text.substring(0, end).split("\n"));
    }
}
