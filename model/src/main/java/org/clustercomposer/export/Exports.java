package org.clustercomposer.export;

import java.util.List;

import org.clustercomposer.scenario.Scenario;

/** Turns a scenario into the files of one configuration format. Pure: nothing is written here. */
public final class Exports {

    private Exports() {
    }

    public static List<ExportedFile> export(Scenario scenario, ExportTarget target) throws ExportRefusedException {
        return switch (target) {
            case LIBVIRT -> LibvirtDomains.export(scenario);
            case ANSIBLE -> AnsibleInventory.export(scenario);
            case SLURM -> SlurmConf.export(scenario);
            case KERRIGHED -> SsiNodeFiles.kerrighed(scenario);
            case MOSIX -> SsiNodeFiles.mosix(scenario);
        };
    }
}
