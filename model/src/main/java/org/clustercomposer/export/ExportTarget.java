package org.clustercomposer.export;

import java.util.Arrays;
import java.util.Optional;

/** The configuration formats a design can be exported to, as the command line names them. */
public enum ExportTarget {
    /** One libvirt domain XML per VM. */
    LIBVIRT("libvirt"),
    /** An Ansible inventory in YAML. */
    ANSIBLE("ansible"),
    /** slurm.conf node and partition lines. */
    SLURM("slurm"),
    /** /etc/kerrighed_nodes, one per Kerrighed domain. */
    KERRIGHED("kerrighed"),
    /** /etc/mosix/mosix.map, one per MOSIX domain. */
    MOSIX("mosix");

    private final String cliName;

    ExportTarget(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Optional<ExportTarget> fromCliName(String name) {
        return Arrays.stream(values()).filter(t -> t.cliName.equals(name)).findFirst();
    }
}
