package org.clustercomposer.app.live;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Two real libvirt daemons (QEMU driver) for a test class: the ones .ci/run started (CC_LIBVIRT_LAB
 * names their directory), or else two of its own started with .ci/libvirt-lab and stopped on
 * close. Skips the test with its reason when libvirtd is not installed. Live state is checked with
 * the real virsh, not with the code under test.
 */
public final class LibvirtLab implements AutoCloseable {

    private final Path dir;
    private final boolean owned;
    private final List<String> uris;
    private final Path guest;

    private LibvirtLab(Path dir, boolean owned) throws IOException {
        this.dir = dir;
        this.owned = owned;
        this.uris = Files.readAllLines(dir.resolve("uris")).stream().filter(s -> !s.isBlank()).toList();
        this.guest = Path.of(Files.readString(dir.resolve("guest-path")).strip());
    }

    public static LibvirtLab startOrSkip() throws Exception {
        String shared = System.getenv("CC_LIBVIRT_LAB");
        if (shared != null && Files.exists(Path.of(shared, "uris"))) {
            LibvirtLab lab = new LibvirtLab(Path.of(shared), false);
            lab.clean();
            return lab;
        }
        assumeTrue(onPath("libvirtd") && onPath("virsh") && onPath("qemu-system-x86_64"),
                "no libvirt daemon here: install libvirt-daemon, libvirt-daemon-driver-qemu, libvirt-clients and"
                        + " qemu-system-x86 (.ci/run does)");
        assumeTrue(onPath("gcc") && onPath("ld"), "gcc and ld are needed to build the test guest");
        Path script = repository().resolve(".ci/libvirt-lab");
        // Not under a JUnit @TempDir: the daemons run as nobody and must reach it (short socket paths, too).
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "cc-lab-");
        Process p = new ProcessBuilder(script.toString(), "start", dir.toString(), "2").redirectErrorStream(true).start();
        String said = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            stop(script, dir);
            throw new IllegalStateException("libvirt-lab start failed: " + said);
        }
        return new LibvirtLab(dir, true);
    }

    private static Path repository() {
        Path here = Path.of("").toAbsolutePath();
        while (here != null && !Files.exists(here.resolve(".ci/libvirt-lab"))) {
            here = here.getParent();
        }
        if (here == null) {
            throw new IllegalStateException(".ci/libvirt-lab not found above " + Path.of("").toAbsolutePath());
        }
        return here;
    }

    static boolean onPath(String tool) {
        return Stream.of(System.getenv("PATH").split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }

    public List<String> uris() {
        return uris;
    }

    public String uri(int daemon) {
        return uris.get(daemon);
    }

    /** A small domain running the bare-metal guest, dirtying {@code dirtyMibps} MiB/s of a 8 MiB working set. */
    public String domainXml(String name, int vcpus, int memoryMib, int dirtyMibps) {
        return domainXml(name, vcpus, memoryMib, dirtyMibps, 8);
    }

    /** A small domain running the bare-metal guest, dirtying {@code dirtyMibps} MiB/s of its working set. */
    public String domainXml(String name, int vcpus, int memoryMib, int dirtyMibps, int workingSetMib) {
        return "<domain type='qemu'>\n  <name>" + name + "</name>\n  <memory unit='MiB'>" + memoryMib + "</memory>\n"
                + "  <vcpu>" + vcpus + "</vcpu>\n  <os>\n    <type arch='x86_64' machine='pc'>hvm</type>\n"
                + "    <loader type='rom'>/usr/share/qemu/qboot.rom</loader>\n"
                + "    <kernel>" + guest + "</kernel>\n"
                + "    <cmdline>ws_mib=" + workingSetMib + " dirty_mibps=" + dirtyMibps + " tsc_khz=2000000</cmdline>\n  </os>\n"
                + "  <devices>\n    <interface type='user'><model type='virtio'/></interface>\n"
                + "    <serial type='pty'/>\n  </devices>\n</domain>\n";
    }

    /** Defines (and starts when asked) a domain with virsh. */
    public void define(int daemon, String xml, boolean start) throws Exception {
        Path file = Files.createTempFile(dir, "domain", ".xml");
        Files.writeString(file, xml);
        virsh(daemon, "define", file.toString());
        if (start) {
            String name = xml.substring(xml.indexOf("<name>") + 6, xml.indexOf("</name>"));
            virsh(daemon, "start", name);
        }
    }

    /** Runs virsh against one daemon; its output (fails the test on a non-zero exit). */
    public String virsh(int daemon, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("virsh", "-q", "-c", uris.get(daemon)));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    /** {@code virsh list --all} as "name state" lines, sorted: the live state to compare. */
    public List<String> list(int daemon) throws Exception {
        return virsh(daemon, "list", "--all").lines().map(String::strip).filter(l -> !l.isEmpty())
                .map(l -> l.replaceFirst("^(\\d+|-)\\s+", "").replaceAll("\\s+", " ")).sorted().toList();
    }

    /** Every domain of every daemon destroyed and undefined: each test starts from nothing. */
    public void clean() throws Exception {
        for (int i = 0; i < uris.size(); i++) {
            for (String name : virsh(i, "list", "--all", "--name").lines().map(String::strip)
                    .filter(s -> !s.isEmpty()).toList()) {
                try {
                    virsh(i, "destroy", name);
                } catch (IllegalStateException notRunning) {
                    // shut off already
                }
                virsh(i, "undefine", name);
            }
        }
    }

    @Override
    public void close() throws Exception {
        clean();
        if (owned) {
            stop(repository().resolve(".ci/libvirt-lab"), dir);
            try (Stream<Path> all = Files.walk(dir)) {
                all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void stop(Path script, Path dir) throws Exception {
        Process p = new ProcessBuilder(script.toString(), "stop", dir.toString()).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        p.waitFor(60, TimeUnit.SECONDS);
    }
}
