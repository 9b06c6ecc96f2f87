package org.clustercomposer.views.properties;

import static org.clustercomposer.views.properties.FieldSpec.of;
import static org.clustercomposer.views.properties.FieldSpec.quantity;
import static org.clustercomposer.views.properties.FieldSpec.text;

import java.util.List;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.units.Dimension;

/** The editable properties of each kind of element, grouped as the sheet shows them. */
final class FieldCatalog {

    private static final String GENERAL = "General";
    private static final String CAPACITY = "General";
    private static final String POWER = "Power";
    private static final String HYPERVISOR = "Hypervisor";
    private static final String MIGRATION = "Migration";
    private static final String WORKLOAD = "Workload";
    private static final String PLACEMENT = "General";
    private static final String NETWORK = "Network";
    private static final FieldSpec ID = of("id", "Id", GENERAL, ValueType.TEXT, "Unique across the scenario; fixed");
    private static final FieldSpec NAME = text("name", "Name", GENERAL, "What the canvas shows");

    private FieldCatalog() {
    }

    static List<FieldSpec> fieldsOf(ElementKind kind) {
        return switch (kind) {
            case HOST -> List.of(ID, NAME,
                    of("cores", "Cores", CAPACITY, ValueType.INTEGER, "Physical cores"),
                    quantity("coreSpeed", "Core speed", CAPACITY, Dimension.FREQUENCY, "Clock of one core, e.g. 2.4 GHz"),
                    quantity("memory", "Memory", CAPACITY, Dimension.SIZE, "Physical memory, e.g. 64 GiB"),
                    quantity("nicBandwidth", "NIC speed", CAPACITY, Dimension.BANDWIDTH, "e.g. 10 Gbit/s"),
                    quantity("idlePower", "Idle power", POWER, Dimension.POWER, "Drawn at 0 % CPU"),
                    quantity("peakPower", "Peak power", POWER, Dimension.POWER, "Drawn at 100 % CPU"),
                    of("hypervisor.kind", "Hypervisor", HYPERVISOR, ValueType.TEXT, "kvm, xen... empty for bare metal"),
                    of("hypervisor.cpuOverhead", "CPU overhead", HYPERVISOR, ValueType.FRACTION,
                            "Fraction of CPU the hypervisor takes, e.g. 0.04"),
                    of("hypervisor.ioOverhead", "I/O overhead", HYPERVISOR, ValueType.FRACTION,
                            "Fraction of network and disk bandwidth lost to virtualization"),
                    new FieldSpec("hypervisor.migration.maxBandwidth", "Migration cap", MIGRATION,
                            ValueType.BANDWIDTH_CAP, Dimension.DATA_RATE,
                            "QEMU max-bandwidth, e.g. 1 GiB/s; 0 = uncapped; default: uncapped, as libvirt runs QEMU"),
                    new FieldSpec("hypervisor.migration.downtimeLimit", "Downtime limit", MIGRATION,
                            ValueType.OPTIONAL_QUANTITY, Dimension.DURATION, "Longest pause QEMU aims for; default 300 ms"),
                    of("hypervisor.migration.multifdChannels", "Multifd channels", MIGRATION, ValueType.OPTIONAL_INTEGER,
                            "Parallel migration streams; 0 or default: off"),
                    of("hypervisor.migration.autoConverge", "Auto-converge", MIGRATION, ValueType.OPTIONAL_SWITCH,
                            "Throttle the vCPUs of a guest that dirties faster than the stream; default off"),
                    of("hypervisor.migration.transport", "Transport", MIGRATION, ValueType.TRANSPORT,
                            "tcp, tls, ssh or rdma; default tcp"),
                    new FieldSpec("hypervisor.migration.xbzrleCache", "XBZRLE cache", MIGRATION,
                            ValueType.OPTIONAL_QUANTITY, Dimension.SIZE, "Cache for delta-encoding re-sent pages; default off"),
                    of("hypervisor.migration.profile", "Calibration", MIGRATION, ValueType.OPTIONAL_TEXT,
                            "Profile file written by calibrate, beside the scenario; empty: built-in, uncalibrated"));
            case SWITCH -> List.of(ID, NAME,
                    of("ports", "Ports", CAPACITY, ValueType.INTEGER, "Number of ports"),
                    quantity("bandwidth", "Fabric", CAPACITY, Dimension.BANDWIDTH, "Whole fabric, e.g. 1.28 Tbit/s"));
            case STORAGE -> List.of(ID, NAME,
                    quantity("capacity", "Capacity", CAPACITY, Dimension.SIZE, "e.g. 100 TiB"),
                    quantity("bandwidth", "Bandwidth", CAPACITY, Dimension.BANDWIDTH, "What it can serve, e.g. 10 Gbit/s"));
            case LINK -> List.of(ID,
                    of("from", "From", GENERAL, ValueType.ID, "Id of a host, switch or storage"),
                    of("to", "To", GENERAL, ValueType.ID, "Id of a host, switch or storage"),
                    quantity("bandwidth", "Bandwidth", CAPACITY, Dimension.BANDWIDTH, "Each direction, e.g. 10 Gbit/s"),
                    quantity("latency", "Latency", CAPACITY, Dimension.DURATION, "One way, e.g. 50 us"));
            case VM -> List.of(ID, NAME,
                    of("vcpus", "vCPUs", CAPACITY, ValueType.INTEGER, "Virtual CPUs"),
                    quantity("memory", "Memory", CAPACITY, Dimension.SIZE, "e.g. 8 GiB"),
                    quantity("disk", "Disk", CAPACITY, Dimension.SIZE, "Copied on migration unless storage is shared"),
                    of("placedOn", "Placed on", PLACEMENT, ValueType.ID, "Id of a host or an SSI domain"),
                    of("workload.cpuUtilization", "CPU utilization", WORKLOAD, ValueType.FRACTION,
                            "Fraction of the vCPUs kept busy, e.g. 0.5"),
                    quantity("workload.dirtyRate", "Dirty rate", WORKLOAD, Dimension.DATA_RATE,
                            "Memory written per second; drives live-migration time"),
                    quantity("workload.writableWorkingSet", "Hot set", WORKLOAD, Dimension.SIZE,
                            "Hot pages written over and over"),
                    quantity("workload.residentMemory", "Resident memory", WORKLOAD, Dimension.SIZE,
                            "Memory holding data; a migration sends the rest as zero-page markers (0: all)"),
                    quantity("workload.networkTraffic", "Network traffic", WORKLOAD, Dimension.BANDWIDTH, "What it sends"),
                    of("workload.trafficTo", "Traffic to", WORKLOAD, ValueType.ID,
                            "Id of a node or VM; empty: out of the cluster"));
            case SSI_DOMAIN -> List.of(ID, NAME,
                    of("kind", "Kind", GENERAL, ValueType.SSI_KIND, "kerrighed, mosix, aggregate-vm or generic"),
                    of("members", "Members", PLACEMENT, ValueType.ID_LIST, "Ids of hosts, or of VMs, separated by commas"),
                    of("remoteMemoryPenalty", "Remote penalty", GENERAL, ValueType.FRACTION,
                            "Slowdown of a fully remote process, e.g. 0.3"),
                    of("schedulingOverhead", "Sched. overhead", GENERAL, ValueType.FRACTION,
                            "Fraction of each member's CPU spent on the SSI"));
            case APPLICATION -> List.of(ID, NAME,
                    of("placedOn", "Placed on", PLACEMENT, ValueType.ID, "Id of a VM, a host or an SSI domain"),
                    of("processes", "Processes", WORKLOAD, ValueType.INTEGER, "Number of processes"),
                    of("cpuDemand", "CPU demand", WORKLOAD, ValueType.NUMBER, "Cores' worth of CPU in total"),
                    quantity("memory", "Memory", WORKLOAD, Dimension.SIZE, "In total"),
                    quantity("communication", "Communication", NETWORK, Dimension.BANDWIDTH, "Between its processes"),
                    quantity("dirtyRate", "Dirty rate", WORKLOAD, Dimension.DATA_RATE, "Per process; drives migration cost"));
        };
    }
}
