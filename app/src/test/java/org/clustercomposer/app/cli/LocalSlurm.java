package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real one-node Slurm cluster in a test's directory (TOOLCHAIN.md's recipe): its own munged,
 * slurmctld and slurmd, every file under {@code dir}, unused ports, the node named after this host
 * with its cores. Closing stops the three daemons by their pid files.
 */
final class LocalSlurm implements AutoCloseable {

    private final Path dir;
    private final Path conf;

    private LocalSlurm(Path dir, Path conf) {
        this.dir = dir;
        this.conf = conf;
    }

    /** Why a cluster cannot start here, or null when the tools are there and this is root. */
    static String missing() {
        for (String tool : List.of("slurmctld", "slurmd", "sbatch", "squeue", "sinfo", "munged", "mungekey")) {
            if (!ExportCommandTest.onPath(tool)) {
                return tool + " is not installed (apt-get install slurm-wlm munge)";
            }
        }
        if (!"root".equals(System.getProperty("user.name"))) {
            return "slurmd starts each job as its user and must run as root; these tests run as "
                    + System.getProperty("user.name");
        }
        return null;
    }

    static LocalSlurm start(Path dir) throws Exception {
        Munge munge = Munge.start(dir);
        String host = ExportCommandTest.tool(dir, "hostname", "-s").getValue().trim();
        Files.createDirectories(dir.resolve("spool"));
        Path conf = dir.resolve("slurm.conf");
        List<String> lines = new ArrayList<>(commonConf(dir, munge.socket(), host, "root"));
        lines.addAll(List.of(
                "SlurmdPort=" + freePort(),
                "SlurmdUser=root",
                "ReturnToService=2",
                "SlurmdPidFile=" + dir.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + dir.resolve("slurmctld.log"),
                "SlurmdLogFile=" + dir.resolve("slurmd.log"),
                "NodeName=" + host + " CPUs=" + Runtime.getRuntime().availableProcessors() + " State=UNKNOWN",
                "PartitionName=debug Nodes=" + host + " Default=YES MaxTime=INFINITE State=UP",
                ""));
        Files.writeString(conf, String.join("\n", lines));
        LocalSlurm slurm = new LocalSlurm(dir, conf);
        try {
            var ctld = ExportCommandTest.tool(dir, "slurmctld", "-f", conf.toString());
            assertEquals(0, ctld.getKey(), "slurmctld: " + ctld.getValue());
            var d = ExportCommandTest.tool(dir, "slurmd", "-f", conf.toString());
            assertEquals(0, d.getKey(), "slurmd: " + d.getValue());
            slurm.awaitIdleNode();
            return slurm;
        } catch (Throwable e) {
            slurm.close();
            throw e;
        }
    }

    /** A munged of the test's own, in {@code dir/munge}; closing stops it. */
    record Munge(Path socket, Path pidFile) implements AutoCloseable {

        static Munge start(Path dir) throws Exception {
            Path munge = Files.createDirectories(dir.resolve("munge"), PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rwx------")));
            Path key = munge.resolve("munge.key");
            var made = ExportCommandTest.tool(dir, "mungekey", "-c", "-k", key.toString());
            assertEquals(0, made.getKey(), made.getValue());
            Path socket = munge.resolve("sock");
            var started = ExportCommandTest.tool(dir, "munged", "-f", "-S", socket.toString(), "--key-file=" + key,
                    "--log-file=" + munge.resolve("log"), "--pid-file=" + munge.resolve("pid"),
                    "--seed-file=" + munge.resolve("seed"));
            assertEquals(0, started.getKey(), "munged: " + started.getValue());
            return new Munge(socket, munge.resolve("pid"));
        }

        @Override
        public void close() throws Exception {
            stop(pidFile);
        }
    }

    /** The slurm.conf lines of TOOLCHAIN.md's recipe that every test cluster shares: its files in {@code dir}, an unused port. */
    static List<String> commonConf(Path dir, Path mungeSocket, String host, String slurmUser) throws Exception {
        Files.createDirectories(dir.resolve("state"));
        return List.of(
                "ClusterName=cc",
                "SlurmctldHost=" + host,
                "SlurmctldPort=" + freePort(),
                "SlurmUser=" + slurmUser,
                "AuthType=auth/munge",
                "AuthInfo=socket=" + mungeSocket,
                "CredType=cred/munge",
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "SelectType=select/cons_tres",
                "MpiDefault=none",
                "MailProg=/bin/true",
                "StateSaveLocation=" + dir.resolve("state"),
                "SlurmdSpoolDir=" + dir.resolve("spool"),
                "SlurmctldPidFile=" + dir.resolve("slurmctld.pid"));
    }

    /** Runs a Slurm client against this cluster; its exit code and output. */
    java.util.Map.Entry<Integer, String> client(String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("SLURM_CONF", conf.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        return java.util.Map.entry(p.waitFor(), output);
    }

    /** Waits until the job has left the queue (done, failed or cancelled). */
    void awaitJob(String jobId, long seconds) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            var q = client("squeue", "-h", "-j", jobId);
            if (q.getKey() == 0 && q.getValue().isBlank() || q.getKey() != 0 && q.getValue().contains("Invalid job")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("job " + jobId + " still queued after " + seconds + " s: "
                + client("squeue", "-j", jobId).getValue() + log());
    }

    private void awaitIdleNode() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            var s = client("sinfo", "-h", "-o", "%T");
            if (s.getKey() == 0 && s.getValue().trim().equals("idle")) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("the node did not become idle in 60 s: " + client("sinfo").getValue() + log());
    }

    String log() throws Exception {
        StringBuilder b = new StringBuilder();
        for (String name : List.of("slurmctld.log", "slurmd.log")) {
            Path f = dir.resolve(name);
            if (Files.exists(f)) {
                List<String> lines = Files.readAllLines(f);
                b.append("\n--- ").append(name).append('\n')
                        .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size())));
            }
        }
        return b.toString();
    }

    @Override
    public void close() throws Exception {
        for (Path pid : List.of(dir.resolve("slurmd.pid"), dir.resolve("slurmctld.pid"),
                dir.resolve("munge").resolve("pid"))) {
            stop(pid);
        }
    }

    static void stop(Path pidFile) throws Exception {
        if (Files.exists(pidFile)) {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            ProcessHandle.of(pid).ifPresent(p -> {
                p.destroy();
                p.onExit().orTimeout(20, TimeUnit.SECONDS).join();
            });
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        }
    }
}
