package org.clustercomposer.analysis.migration;

import org.clustercomposer.topology.HypervisorMigrationSettings;

/**
 * One measured QEMU live migration as {@link Calibration} reads it: the inputs a user set before migrating and
 * what the run measured. SI base units.
 *
 * @param id            where the run comes from (file and row)
 * @param request       memory, non-zero memory, working set, dirty rate known before migrating
 * @param settings      the hypervisor's migration settings of the run
 * @param totalSeconds  QEMU total-time
 * @param downtimeSeconds QEMU downtime
 * @param normalBytes   bytes sent as whole pages (ram.normal-bytes)
 * @param zeroPages     zero pages sent as markers (ram.duplicate)
 * @param downtimeBytes bytes sent while paused (ram.downtime-bytes)
 */
public record MeasuredMigration(String id, MigrationRequest request, HypervisorMigrationSettings settings,
                                double totalSeconds, double downtimeSeconds, double normalBytes, double zeroPages,
                                double downtimeBytes) {
}
