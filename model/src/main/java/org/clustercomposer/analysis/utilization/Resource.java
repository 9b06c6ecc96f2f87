package org.clustercomposer.analysis.utilization;

/** What a utilization fraction measures. */
public enum Resource {
    /** CPU demand over CPU capacity (cores, vCPUs). */
    CPU,
    /** Memory demand (allocated, with overcommit) over physical or virtual memory. */
    MEMORY,
    /** Busiest direction's traffic over bandwidth (NIC, link, switch fabric). */
    NETWORK,
    /** Drawn power over peak power (hosts). */
    POWER
}
