package org.clustercomposer.simulation.policy;

/**
 * How many of a policy's migrations may run at once: into or out of one host, and across one link
 * direction. A move over a limit waits in a queue (first come, first started) with its room held
 * on the target, and starts when a migration it would share a host or link with ends. 0 means no
 * limit. Migrations a fault forces (evacuating a host for maintenance) are not held back.
 *
 * <p>The references: VMware vSphere runs at most 8 concurrent vMotions per host on a 10 GbE
 * network (4 on 1 GbE; vSphere configuration maximums); OpenStack Nova's
 * {@code max_concurrent_live_migrations} is 1 per compute host by default (0 = unlimited).
 * Neither limits a link; per link the same 8 is taken as vSphere takes for a 10 GbE host NIC
 * (each vMotion costs 1 of its 8 network units).
 *
 * @param perHost migrations at once with a given host as source or target (0: no limit)
 * @param perLink migrations at once crossing a given link direction (0: no limit)
 */
public record MigrationLimits(int perHost, int perLink) {

    /** vSphere's per-host vMotion limit on 10 GbE, on each host and on each link. */
    public static final int VSPHERE_PER_HOST_10GBE = 8;

    public MigrationLimits {
        if (perHost < 0 || perLink < 0) {
            throw new IllegalArgumentException("migration limits must be >= 0 (0: no limit): " + perHost + ", " + perLink);
        }
    }

    public static MigrationLimits unlimited() {
        return new MigrationLimits(0, 0);
    }

    /** 8 per host and 8 per link direction. */
    public static MigrationLimits defaults() {
        return new MigrationLimits(VSPHERE_PER_HOST_10GBE, VSPHERE_PER_HOST_10GBE);
    }

    public boolean isUnlimited() {
        return perHost == 0 && perLink == 0;
    }
}
