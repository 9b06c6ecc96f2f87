package org.clustercomposer.scenario.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.clustercomposer.scenario.Position;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/**
 * The physical part of a generated scenario: racks of one server model each behind a top-of-rack
 * switch, every ToR linked to both core switches, shared storage on the core. Racks are drawn as
 * columns: core and storage on top, the ToR under them, the hosts down the column.
 */
final class Fabric {

    static final int HOSTS_PER_RACK = 40;
    static final double COLUMN_WIDTH = 200;
    static final double HOST_ROW = 70;
    static final double HOSTS_TOP = 260;
    private static final int HOSTS_PER_STORAGE = 2500;
    private static final double UPLINK = 100 * Units.GBIT;

    final List<Host> hosts = new ArrayList<>();
    final List<NetworkSwitch> switches = new ArrayList<>();
    final List<Link> links = new ArrayList<>();
    final List<Storage> storages = new ArrayList<>();
    final List<Position> hostPositions = new ArrayList<>();
    final List<Position> switchPositions = new ArrayList<>();
    final List<Position> storagePositions = new ArrayList<>();
    /** For each host (by index), its rack. */
    final int[] rackOf;
    final int racks;

    Fabric(int hostCount, Random random) {
        racks = (hostCount + HOSTS_PER_RACK - 1) / HOSTS_PER_RACK;
        rackOf = new int[hostCount];
        int storageCount = (hostCount + HOSTS_PER_STORAGE - 1) / HOSTS_PER_STORAGE;
        int corePorts = roundUp(2 * racks + 2 * storageCount, 32);
        double middle = columnX(racks - 1) / 2;
        for (int c = 1; c <= 2; c++) {
            switches.add(new NetworkSwitch("core" + c, "core-" + c, corePorts, corePorts * UPLINK));
            switchPositions.add(new Position(middle + (c == 1 ? -COLUMN_WIDTH / 2 : COLUMN_WIDTH / 2), 40));
        }
        for (int s = 1; s <= storageCount; s++) {
            String id = "nas" + s;
            storages.add(new Storage(id, "nas-" + s, 500 * Units.TIB, 40 * Units.GBIT));
            storagePositions.add(new Position(middle + COLUMN_WIDTH * (s + 1), 40));
            for (int c = 1; c <= 2; c++) {
                link(id, "core" + c, 40 * Units.GBIT, 2);
            }
        }
        HostModel[] models = HostModel.values();
        for (int r = 0; r < racks; r++) {
            HostModel model = models[random.nextInt(models.length)];
            String tor = "tor" + (r + 1);
            boolean fast = model.nicBandwidth > 10 * Units.GBIT;
            // 10G racks: 48x10G + 6x40G (1.28 Tbit/s class); 25G racks: 48x25G + 8x100G (3.2 Tbit/s class).
            switches.add(new NetworkSwitch(tor, "rack-" + (r + 1) + " ToR", fast ? 56 : 54,
                    (fast ? 3.2e12 : 1.28e12) / 8));
            switchPositions.add(new Position(columnX(r), 150));
            link(tor, "core1", UPLINK, 2);
            link(tor, "core2", UPLINK, 2);
            int first = r * HOSTS_PER_RACK;
            for (int i = first; i < Math.min(hostCount, first + HOSTS_PER_RACK); i++) {
                String id = "h" + (i + 1);
                hosts.add(new Host(id, "r" + (r + 1) + "-n" + (i - first + 1) + " (" + model.label + ")",
                        model.cores, model.coreSpeed, model.memory, model.nicBandwidth, model.idlePower,
                        model.peakPower, null));
                hostPositions.add(new Position(columnX(r), HOSTS_TOP + (i - first) * HOST_ROW));
                rackOf[i] = r;
                link(id, tor, model.nicBandwidth, 5);
            }
        }
    }

    static double columnX(int rack) {
        return 100 + rack * COLUMN_WIDTH;
    }

    /** Below the hosts of a rack, where the rack's SSI domains are drawn. */
    static double belowRack() {
        return HOSTS_TOP + HOSTS_PER_RACK * HOST_ROW + 40;
    }

    private void link(String from, String to, double bandwidth, int latencyMicros) {
        links.add(new Link("l" + (links.size() + 1), from, to, bandwidth, latencyMicros * Units.MICROSECOND));
    }

    private static int roundUp(int value, int step) {
        return Math.max(step, (value + step - 1) / step * step);
    }
}
