package org.clustercomposer.simulation.fault;

/** What kind of element fails. */
public enum FaultTarget {
    HOST, LINK, SWITCH
}
