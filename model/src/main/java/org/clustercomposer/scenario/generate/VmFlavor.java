package org.clustercomposer.scenario.generate;

import java.util.Random;

/** VM sizes in the style of OpenStack's default flavors, with how often each is drawn. */
enum VmFlavor {
    SMALL("small", 1, 2, 20, 30),
    MEDIUM("medium", 2, 4, 40, 30),
    LARGE("large", 4, 8, 80, 25),
    XLARGE("xlarge", 8, 16, 160, 10),
    XXLARGE("2xlarge", 16, 32, 320, 5);

    final String label;
    final int vcpus;
    final double memory;
    final double disk;
    final int weight;

    VmFlavor(String label, int vcpus, int memoryGib, int diskGib, int weight) {
        this.label = label;
        this.vcpus = vcpus;
        this.memory = memoryGib * Units.GIB;
        this.disk = diskGib * Units.GIB;
        this.weight = weight;
    }

    static VmFlavor draw(Random random) {
        return Weighted.draw(values(), p -> p.weight, random);
    }
}
