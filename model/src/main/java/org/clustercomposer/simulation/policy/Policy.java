package org.clustercomposer.simulation.policy;

/**
 * What the cluster manager decides at each step, after the workloads have moved: which VMs or
 * processes to migrate and which hosts to switch on or off. Implementations keep no state between
 * runs beyond what they are built with, so one instance per run keeps runs reproducible.
 */
public interface Policy {

    /** The name used on the command line ("consolidation"). */
    String name();

    void apply(PolicyContext context);
}
