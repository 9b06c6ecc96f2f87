package org.clustercomposer.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Host;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.clustercomposer.topology.Storage;

/**
 * What an id in a scenario names, and everything that is said the same way for every kind: the
 * record it is, the list it sits in in a file, how messages and menus name it. The one place that
 * lists the kinds; the constants are in the order the scenario's lists are searched.
 */
public enum ElementKind {
    HOST(Host.class, "hosts", "host", "hosts", "a host", "host"),
    SWITCH(NetworkSwitch.class, "switches", "switch", "switches", "a switch", "switch"),
    STORAGE(Storage.class, "storages", "storage", "storages", "a storage", "storage"),
    LINK(Link.class, "links", "link", "links", "a link", "link"),
    VM(Vm.class, "vms", "VM", "VMs", "a VM", "vm"),
    SSI_DOMAIN(SsiDomain.class, "ssiDomains", "SSI domain", "SSI domains", "an SSI domain", "ssi"),
    APPLICATION(Application.class, "applications", "application", "applications", "an application", "app");

    /** The order of the lists in a scenario file (links before storages, unlike the search order). */
    public static final List<ElementKind> IN_FILE_ORDER =
            List.of(HOST, SWITCH, LINK, STORAGE, VM, SSI_DOMAIN, APPLICATION);

    private final Class<? extends Element> type;
    private final String listName;
    private final String noun;
    private final String plural;
    private final String withArticle;
    private final String idPrefix;

    ElementKind(Class<? extends Element> type, String listName, String noun, String plural, String withArticle,
                String idPrefix) {
        this.type = type;
        this.listName = listName;
        this.noun = noun;
        this.plural = plural;
        this.withArticle = withArticle;
        this.idPrefix = idPrefix;
    }

    /** The kind of an element (one of the seven records). */
    public static ElementKind of(Element element) {
        for (ElementKind kind : values()) {
            if (kind.type.isInstance(element)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a scenario element: " + element);
    }

    /** The kind whose list a file names so ("ssiDomains"), if any. */
    public static Optional<ElementKind> ofListName(String listName) {
        return Arrays.stream(values()).filter(k -> k.listName.equals(listName)).findFirst();
    }

    /** The record that elements of this kind are. */
    public Class<? extends Element> type() {
        return type;
    }

    /** The name of the list in a scenario file and in JSON paths: "hosts", "ssiDomains". */
    public String listName() {
        return listName;
    }

    /** "host", "VM", "SSI domain". */
    public String noun() {
        return noun;
    }

    /** "hosts", "VMs", "SSI domains". */
    public String plural() {
        return plural;
    }

    /** "1 host", "3 hosts", "0 VMs": a count with the noun it needs. */
    public String count(long n) {
        return n + " " + (n == 1 ? noun : plural);
    }

    /** "a host", "an SSI domain": for messages. */
    public String withArticle() {
        return withArticle;
    }

    /** The start of the ids the editor makes for new elements ("vm" for "vm-7"). */
    public String idPrefix() {
        return idPrefix;
    }
}
