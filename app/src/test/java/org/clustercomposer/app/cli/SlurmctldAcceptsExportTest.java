package org.clustercomposer.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustercomposer.export.SlurmConf;
import org.clustercomposer.samples.Sample;
import org.clustercomposer.samples.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every sample's Slurm lines loaded by a real slurmctld (the TOOLCHAIN.md recipe, with a munged of its own):
 * the controller must start and {@code sinfo} must list exactly the exported nodes in the exported partitions.
 */
class SlurmctldAcceptsExportTest {

    private static final Pattern NODE = Pattern.compile("^NodeName=(\\S+) CPUs=(\\d+) RealMemory=(\\d+)");
    private static final Pattern PARTITION = Pattern.compile("^PartitionName=(\\S+) Nodes=(\\S+)");

    @Test
    void slurmctldLoadsEverySamplesNodesAndPartitions(@TempDir Path dir) throws Exception {
        assumeTrue(ExportCommandTest.onPath("slurmctld") && ExportCommandTest.onPath("sinfo")
                        && ExportCommandTest.onPath("munged") && ExportCommandTest.onPath("mungekey"),
                "slurmctld, sinfo (slurm-wlm) and munged, mungekey (munge) are not installed");
        try (LocalSlurm.Munge munge = LocalSlurm.Munge.start(dir)) {
            int checked = 0;
            for (Sample sample : Samples.all()) {
                checked += check(sample, Files.createDirectories(dir.resolve("s-" + sample.stacking())), munge.socket());
            }
            assertTrue(checked > 10, "nodes checked: " + checked);
        }
    }

    /** Exports one sample, loads it into its own slurmctld, compares sinfo with the lines; the nodes checked. */
    private int check(Sample sample, Path dir, Path mungeSocket) throws Exception {
        StringWriter err = new StringWriter();
        Path outDir = dir.resolve("out");
        assertEquals(0, Cli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "export",
                ExportCommandTest.copy(sample, dir).toString(), "--to", "slurm", "--out", outDir.toString()),
                sample.file() + ": " + err);
        List<String> exported = Files.readAllLines(outDir.resolve(SlurmConf.FILE_NAME));
        Set<String> expected = new TreeSet<>();
        Map<String, String> sizes = new HashMap<>();
        String host = ExportCommandTest.tool(dir, "hostname", "-s").getValue().trim();
        StringBuilder conf = new StringBuilder(String.join("\n",
                LocalSlurm.commonConf(dir, mungeSocket, host, System.getProperty("user.name")))).append('\n');
        for (String line : exported) {
            Matcher node = NODE.matcher(line);
            Matcher partition = PARTITION.matcher(line);
            if (node.find()) {
                sizes.put(node.group(1), node.group(2) + " " + node.group(3));
                // The exported names do not resolve here; slurmctld only needs an address for each.
                line = line + " NodeAddr=127.0.0.1";
            } else if (partition.find()) {
                for (String member : partition.group(2).split(",")) {
                    expected.add(member + " " + partition.group(1));
                }
            }
            conf.append(line).append('\n');
        }
        Path confFile = dir.resolve("slurm.conf");
        Files.writeString(confFile, conf);
        Path log = dir.resolve("slurmctld.out");
        Process ctld = new ProcessBuilder("slurmctld", "-D", "-f", confFile.toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            List<String> listed = sinfo(confFile, ctld, log);
            Set<String> seen = new TreeSet<>();
            for (String row : listed) {
                String[] f = row.trim().split("\\s+");
                seen.add(f[0] + " " + f[1].replace("*", ""));
                assertEquals(sizes.get(f[0]), f[2] + " " + f[3], sample.file() + ": CPUs and memory of " + f[0]);
            }
            assertEquals(expected, seen, sample.file() + ": sinfo lists the exported nodes in their partitions");
            String output = Files.readString(log);
            assertFalse(output.contains("fatal"), sample.file() + ": " + output);
            return sizes.size();
        } finally {
            ctld.destroy();
            if (!ctld.waitFor(20, TimeUnit.SECONDS)) {
                ctld.destroyForcibly().waitFor();
            }
        }
    }

    /** sinfo's node/partition/CPUs/memory rows once slurmctld answers; fails with its log if it died or never did. */
    private static List<String> sinfo(Path conf, Process ctld, Path log) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            assertTrue(ctld.isAlive(), "slurmctld refused the configuration:\n" + Files.readString(log));
            ProcessBuilder pb = new ProcessBuilder("sinfo", "-h", "-N", "-o", "%N %P %c %m").redirectErrorStream(true);
            pb.environment().put("SLURM_CONF", conf.toString());
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes());
            if (p.waitFor() == 0) {
                return out.lines().filter(l -> !l.isBlank()).toList();
            }
            Thread.sleep(300);
        }
        throw new AssertionError("slurmctld did not answer in 60 s:\n" + Files.readString(log));
    }
}
