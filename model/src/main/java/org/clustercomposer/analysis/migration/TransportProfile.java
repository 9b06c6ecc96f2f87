package org.clustercomposer.analysis.migration;

import java.util.Locale;

import org.clustercomposer.topology.HypervisorMigrationSettings.Transport;

/**
 * How fast one hypervisor's migration stream moves on one transport: the per-page and transport parameters the
 * QEMU model needs and {@code cluster-composer calibrate} fits from measured runs. Each value carries its
 * uncertainty (one standard error of the fit; 0 when not fitted).
 *
 * @param name              where the numbers come from ("tcp defaults", a calibrated profile's file)
 * @param ceiling           bytes/s the sender moves whole pages at when nothing caps it (CPU and transport ceiling)
 * @param zeroPageSeconds   sender time per all-zero page: scanning it and sending its marker
 * @param stopCopyRate      bytes/s of the final copy: the guest is paused and the cap is lifted (QEMU sets the rate
 *                          limit to unlimited in migration_completion)
 * @param switchoverSeconds fixed part of the pause: vCPU state, resuming on the destination
 * @param syncSecondsPerGiB dirty-log sync (KVM_GET_DIRTY_LOG and bitmap merge) per GiB of guest memory, each round
 * @param multifdParallel   channels that really run in parallel (the sender's spare cores); more channels add no rate
 * @param xbzrleEncodedFraction bytes on the wire per byte of a re-sent page that hits the XBZRLE cache
 */
public record TransportProfile(String name, Parameter ceiling, Parameter zeroPageSeconds, Parameter stopCopyRate,
                               Parameter switchoverSeconds, Parameter syncSecondsPerGiB, double multifdParallel,
                               double xbzrleEncodedFraction) {

    /** A value and its uncertainty (one standard error; 0 when the value is not fitted). */
    public record Parameter(double value, double uncertainty) {
        public Parameter {
            if (!Double.isFinite(value) || value < 0 || !(uncertainty >= 0)) {
                throw new IllegalArgumentException("a profile parameter must be finite and zero or more, got " + value
                        + " +- " + uncertainty);
            }
        }

        public static Parameter fixed(double value) {
            return new Parameter(value, 0);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%.4g +- %.2g", value, uncertainty);
        }
    }

    public TransportProfile {
        if (name == null || ceiling == null || zeroPageSeconds == null || stopCopyRate == null
                || switchoverSeconds == null || syncSecondsPerGiB == null) {
            throw new IllegalArgumentException("every transport profile parameter is required");
        }
        if (!(ceiling.value() > 0) || !(stopCopyRate.value() > 0)) {
            throw new IllegalArgumentException("ceiling and stop-copy rate must be positive");
        }
        if (!(multifdParallel >= 1) || !(xbzrleEncodedFraction > 0 && xbzrleEncodedFraction <= 1)) {
            throw new IllegalArgumentException("multifd parallel must be at least 1 and xbzrle encoded fraction in (0, 1]");
        }
    }

    /**
     * Built-in, uncalibrated defaults per transport (decision 0220): a tcp sender thread moving 1.25 GB/s (10 GbE
     * class), the final copy at the same rate, 20 ms switchover (the old model's, from the published table), 0.1 us
     * per zero page and 0.5 ms per GiB per dirty-log sync. tls, ssh and rdma scale the tcp ceiling by stated
     * assumptions. None of this is measured: run {@code calibrate} on your own cluster's migrations (the migration
     * lab's profile, fitted on 12 of its 60 runs, is {@code migration-lab/lab-profile.json} in the model's tests).
     */
    public static TransportProfile defaults(Transport transport) {
        double tcp = 1.25e9;
        return switch (transport) {
            case tcp -> of("built-in tcp defaults (uncalibrated)", tcp);
            // TLS: AES-GCM on one core roughly halves the single-stream rate (assumed).
            case tls -> of("built-in tls defaults (uncalibrated: half the tcp ceiling)", tcp * 0.5);
            // ssh tunnel: one more copy through a user-space cipher (assumed).
            case ssh -> of("built-in ssh defaults (uncalibrated: a third of the tcp ceiling)", tcp / 3);
            // RDMA: no socket copies (assumed).
            case rdma -> of("built-in rdma defaults (uncalibrated: twice the tcp ceiling)", tcp * 2);
        };
    }

    private static TransportProfile of(String name, double ceiling) {
        return new TransportProfile(name, Parameter.fixed(ceiling), Parameter.fixed(0.1e-6), Parameter.fixed(ceiling),
                Parameter.fixed(0.020), Parameter.fixed(0.0005), 1, 0.05);
    }

    public TransportProfile withName(String newName) {
        return new TransportProfile(newName, ceiling, zeroPageSeconds, stopCopyRate, switchoverSeconds,
                syncSecondsPerGiB, multifdParallel, xbzrleEncodedFraction);
    }
}
