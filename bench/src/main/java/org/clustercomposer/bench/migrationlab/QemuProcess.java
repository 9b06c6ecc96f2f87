package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A QEMU process the lab started; {@link #close()} kills it by its pid and waits for it to end. */
final class QemuProcess implements AutoCloseable {

    private final Process process;
    private final Path log;

    private QemuProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code qemu args...} with its standard output and error going to {@code log}. */
    static QemuProcess start(Path qemu, List<String> args, Path log) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(qemu.toString());
        command.addAll(args);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new QemuProcess(p, log);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** SIGKILL to this pid (never by name), then wait up to 10 s for it to go. */
    void kill() {
        process.destroyForcibly();
    }

    @Override
    public void close() {
        kill();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
