package org.clustercomposer.analysis.migration;

import java.util.ArrayList;
import java.util.List;

import org.clustercomposer.analysis.Explanation.Input;
import org.clustercomposer.units.Dimension;

/**
 * How fast bytes really move, shared by every migration method. Physical constants only: nothing
 * here is fitted to measured migrations.
 *
 * @param protocolEfficiency payload share of the line rate. TCP/IPv4 over Ethernet with a 1500-byte
 *                           MTU carries 1448 payload bytes (20 IP + 20 TCP + 12 timestamp option)
 *                           per 1538 bytes on the wire (14 header + 4 FCS + 8 preamble + 12 gap):
 *                           1448 / 1538 = 0.941
 * @param bandwidthCap       bytes per second the hypervisor allows itself (QEMU max-bandwidth);
 *                           infinity when unlimited
 * @param switchoverSeconds  fixed part of the pause: sending vCPU and device state, resuming on the
 *                           destination and announcing the new location (gratuitous ARP)
 */
public record TransferSettings(double protocolEfficiency, double bandwidthCap, double switchoverSeconds) {

    /** 1448 payload bytes per 1538-byte Ethernet frame slot (see above). */
    public static final double TCP_OVER_ETHERNET = 1448.0 / 1538.0;

    /**
     * QEMU's default max-bandwidth: MAX_THROTTLE (128 << 20) bytes/s = 128 MiB/s (about 1.07 Gbit/s) in
     * migration/options.c (QEMU 8.x, checked via the source; QEMU 0.x-5.x used 32 << 20, 32 MiB/s).
     * It is not "1 Gbit/s"; the QAPI documentation rounds it to that.
     */
    public static final double QEMU_MAX_BANDWIDTH = org.clustercomposer.topology.HypervisorMigrationSettings.QEMU_MAX_BANDWIDTH;

    /**
     * Switchover pause when nothing is left to copy: vCPU and device state (kilobytes), resuming on
     * the destination, re-attaching devices and the gratuitous ARP. Tens of milliseconds on the
     * systems in the validation table (see migration-measurements.csv); we take 20 ms.
     */
    public static final double DEFAULT_SWITCHOVER_SECONDS = 0.020;

    public TransferSettings {
        if (!(protocolEfficiency > 0 && protocolEfficiency <= 1)) {
            throw new IllegalArgumentException("protocol efficiency must be in (0, 1], got " + protocolEfficiency);
        }
        if (!(bandwidthCap > 0)) {
            throw new IllegalArgumentException("bandwidth cap must be positive, got " + bandwidthCap);
        }
        if (!(switchoverSeconds >= 0) || !Double.isFinite(switchoverSeconds)) {
            throw new IllegalArgumentException("switchover time must be zero or more, got " + switchoverSeconds);
        }
    }

    /** TCP over Ethernet, no hypervisor cap, 20 ms switchover. */
    public static TransferSettings standard() {
        return new TransferSettings(TCP_OVER_ETHERNET, Double.POSITIVE_INFINITY, DEFAULT_SWITCHOVER_SECONDS);
    }

    /** As QEMU/KVM does by default: TCP, capped at 128 MiB/s. */
    public static TransferSettings qemuDefaults() {
        return new TransferSettings(TCP_OVER_ETHERNET, QEMU_MAX_BANDWIDTH, DEFAULT_SWITCHOVER_SECONDS);
    }

    public TransferSettings withBandwidthCap(double cap) {
        return new TransferSettings(protocolEfficiency, cap, switchoverSeconds);
    }

    /** Payload bytes per second: the smaller of the path's line rate times efficiency and the cap. */
    public double effectiveBandwidth(double lineRate) {
        return Math.min(lineRate * protocolEfficiency, bandwidthCap);
    }

    /** Settings given to a method's constructor, refused when missing. */
    static TransferSettings required(TransferSettings transfer) {
        if (transfer == null) {
            throw new IllegalArgumentException("transfer settings are required");
        }
        return transfer;
    }

    /** A method that copies the memory once: the memory and path inputs of its explanation. */
    List<Input> singleCopyInputs(MigrationRequest request) {
        List<Input> inputs = memoryInputs(request);
        inputs.addAll(pathInputs(request.bandwidth()));
        return inputs;
    }

    /** The memory inputs: its size and, when some pages are all-zero, what one full pass puts on the stream. */
    static List<Input> memoryInputs(MigrationRequest request) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.of("memory M", request.memory(), Dimension.SIZE));
        if (request.nonZeroMemory() < request.memory()) {
            inputs.add(Input.of("non-zero memory", request.nonZeroMemory(), Dimension.SIZE));
            inputs.add(Input.of("full pass on the wire V1", request.fullCopyBytes(), Dimension.SIZE));
        }
        return inputs;
    }

    /** The inputs every method's explanation shows about the path. */
    List<Input> pathInputs(double lineRate) {
        List<Input> inputs = new ArrayList<>();
        inputs.add(Input.of("bandwidth", lineRate, Dimension.BANDWIDTH));
        inputs.add(Input.fraction("protocol efficiency", protocolEfficiency));
        if (Double.isFinite(bandwidthCap)) {
            inputs.add(Input.of("hypervisor cap", bandwidthCap, Dimension.DATA_RATE));
        }
        inputs.add(Input.of("effective bandwidth B", effectiveBandwidth(lineRate), Dimension.DATA_RATE));
        inputs.add(Input.of("switchover", switchoverSeconds, Dimension.DURATION));
        return inputs;
    }
}
