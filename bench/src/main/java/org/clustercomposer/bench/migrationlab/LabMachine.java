package org.clustercomposer.bench.migrationlab;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The machine the lab runs on: what each row records about it, and what must be there before a run.
 *
 * @param nproc       online CPUs
 * @param cpuModel    /proc/cpuinfo's first "model name"
 * @param kernel      the running kernel's release
 * @param qemuVersion the first line of {@code qemu-system-x86_64 --version}
 */
record LabMachine(int nproc, String cpuModel, String kernel, String qemuVersion) {

    static final Path KVM = Path.of("/dev/kvm");
    static final Path QBOOT = Path.of("/usr/share/qemu/qboot.rom");
    static final String QEMU_BINARY = "qemu-system-x86_64";

    static LabMachine detect(Path qemu) throws IOException, InterruptedException {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
        String kernel = Files.readString(Path.of("/proc/sys/kernel/osrelease")).strip();
        return new LabMachine(Runtime.getRuntime().availableProcessors(), cpu, kernel, firstLine(qemu, "--version"));
    }

    /** The 1-minute load average now. */
    static double loadAverage1min() throws IOException {
        return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** The named program on PATH, if any. */
    static Optional<Path> onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /**
     * Why real migrations cannot run here: /dev/kvm missing or not usable, QEMU, qboot or the guest's compiler
     * missing. Empty when everything is there.
     */
    static List<String> missing(Optional<Path> qemu) {
        List<String> problems = new ArrayList<>();
        if (!Files.exists(KVM)) {
            problems.add(KVM + " does not exist (no KVM on this machine)");
        } else {
            try (RandomAccessFile kvm = new RandomAccessFile(KVM.toFile(), "rw")) {
                kvm.getFD();
            } catch (IOException e) {
                problems.add(KVM + " cannot be opened for reading and writing: " + e.getMessage());
            }
        }
        if (qemu.isEmpty()) {
            problems.add(QEMU_BINARY + " not found on PATH (Debian: apt-get install qemu-system-x86)");
        } else if (!Files.isExecutable(qemu.get())) {
            problems.add(qemu.get() + " is not an executable file");
        }
        if (!Files.isRegularFile(QBOOT)) {
            problems.add(QBOOT + " not found (it comes with qemu-system-x86's firmware)");
        }
        for (String tool : List.of("gcc", "ld")) {
            if (onPath(tool).isEmpty()) {
                problems.add(tool + " not found on PATH (it builds the guest)");
            }
        }
        return problems;
    }

    private static String firstLine(Path program, String arg) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(program.toString(), arg).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(10, TimeUnit.SECONDS);
        return out.lines().findFirst().orElse("unknown").strip();
    }
}
