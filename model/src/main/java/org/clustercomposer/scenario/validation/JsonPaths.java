package org.clustercomposer.scenario.validation;

import org.clustercomposer.scenario.ElementKind;

/** Builds JSON pointers (RFC 6901) such as {@code /vms/3/memory}. */
public final class JsonPaths {

    private JsonPaths() {
    }

    /** The pointer to a field of the object at {@code parent}. */
    public static String field(String parent, String name) {
        return parent + "/" + name.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to an element of the array at {@code parent}. */
    public static String index(String parent, int index) {
        return parent + "/" + index;
    }

    /** The pointer to an element of a top-level list: {@code element("vms", 3)} is {@code /vms/3}. */
    public static String element(String list, int index) {
        return "/" + list + "/" + index;
    }

    /** The pointer to the {@code index}th element of a kind: {@code element(VM, 3)} is {@code /vms/3}. */
    public static String element(ElementKind kind, int index) {
        return element(kind.listName(), index);
    }
}
