package org.clustercomposer.topology;

/**
 * One thing a scenario is made of: a {@link Host}, {@link NetworkSwitch}, {@link Link} or
 * {@link Storage} here, a VM, an SSI domain or an application in the scenario package. Its kind is
 * {@code ElementKind.of(element)}, which also knows how the file and the messages name it.
 *
 * <p>Closed to those seven records. Java cannot seal an interface across packages outside a named
 * module, so the architecture test keeps other classes from implementing it (see
 * docs/decisions/0110-one-element-type.md). It sits here, the bottom of the domain, because the
 * scenario builds on the topology and not the other way round.
 */
public interface Element {

    /** Unique across the whole scenario, whatever the kind. */
    String id();

    /** What people call it; empty when the element has no name of its own (a link). */
    String name();
}
