package org.clustercomposer.topology;

/**
 * A network switch.
 *
 * @param ports     number of ports
 * @param bandwidth switching capacity in bytes per second (the whole fabric)
 */
public record NetworkSwitch(String id, String name, int ports, double bandwidth) implements Element {
}
