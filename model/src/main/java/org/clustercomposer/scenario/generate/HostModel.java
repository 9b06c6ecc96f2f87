package org.clustercomposer.scenario.generate;

/**
 * Server models racks are built of. Cores, clocks and memory from the vendors' spec sheets; idle
 * and full-load wall power rounded from published SPECpower_ssj2008 results of similar
 * configurations.
 */
enum HostModel {
    DELL_R630("PowerEdge R630", 24, 2.2e9, 128, 10, 55, 300),
    DELL_R640("PowerEdge R640", 32, 2.1e9, 192, 25, 58, 355),
    HPE_DL360_GEN10("ProLiant DL360 Gen10", 40, 2.5e9, 384, 25, 65, 420),
    DELL_R6525("PowerEdge R6525", 32, 3.0e9, 256, 25, 95, 390),
    SUPERMICRO_1019P("SuperServer 1019P", 16, 2.1e9, 64, 10, 42, 190),
    LENOVO_SR650_V2("ThinkSystem SR650 V2", 64, 2.6e9, 512, 25, 110, 560);

    final String label;
    final int cores;
    final double coreSpeed;
    final double memory;
    final double nicBandwidth;
    final double idlePower;
    final double peakPower;

    HostModel(String label, int cores, double coreSpeed, int memoryGib, int nicGbit, double idlePower,
              double peakPower) {
        this.label = label;
        this.cores = cores;
        this.coreSpeed = coreSpeed;
        this.memory = memoryGib * Units.GIB;
        this.nicBandwidth = nicGbit * Units.GBIT;
        this.idlePower = idlePower;
        this.peakPower = peakPower;
    }
}
