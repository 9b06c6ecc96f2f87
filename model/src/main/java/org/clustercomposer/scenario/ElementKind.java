package org.clustercomposer.scenario;

/** What an id in a scenario names. */
public enum ElementKind {
    HOST, SWITCH, STORAGE, LINK, VM, SSI_DOMAIN, APPLICATION
}
