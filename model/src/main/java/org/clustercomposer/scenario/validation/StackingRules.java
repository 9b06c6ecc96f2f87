package org.clustercomposer.scenario.validation;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import org.clustercomposer.scenario.ElementKind;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.Vm;
import org.clustercomposer.topology.Link;

/**
 * How layers sit on each other: no cycles (an SSI over a VM that runs on that same SSI, directly or
 * through other layers), and every SSI's members on machines the network connects. Linear: one
 * depth-first search over VMs and SSI domains, one union-find over the network.
 */
final class StackingRules {

    private static final int UNKNOWN = -1;
    private static final int WHITE = 0;
    private static final int GRAY = 1;
    private static final int BLACK = 2;

    private final Scenario s;
    private final Index index;
    private final Checks c;
    private final int vmCount;

    StackingRules(Scenario scenario, Index index, Checks checks) {
        this.s = scenario;
        this.index = index;
        this.c = checks;
        this.vmCount = scenario.vms().size();
    }

    void check() {
        int[] order = dependenciesFirst();
        if (linkEndsKnown()) {
            connectivity(order);
        }
    }

    // A link whose ends could not be read may be what connects an SSI's members.
    private boolean linkEndsKnown() {
        if (c.everythingRead()) {
            return true;
        }
        for (int i = 0; i < s.links().size(); i++) {
            String p = JsonPaths.element(ElementKind.LINK, i);
            if (!c.known(p + "/from") || !c.known(p + "/to")) {
                return false;
            }
        }
        return true;
    }

    // Nodes: VM i is i, SSI domain j is vmCount + j. A VM depends on the SSI it runs on; an SSI on its VMs.
    private int[] successors(int node) {
        if (node < vmCount) {
            Vm vm = s.vms().get(node);
            Index.Ref ref = index.get(vm.placedOn());
            return ref != null && ref.kind() == ElementKind.SSI_DOMAIN ? new int[] {vmCount + ref.index()} : new int[0];
        }
        SsiDomain d = s.ssiDomains().get(node - vmCount);
        return d.members().stream().map(index::get)
                .filter(r -> r != null && r.kind() == ElementKind.VM).mapToInt(Index.Ref::index).toArray();
    }

    /** Depth-first over the stacking, reporting each cycle once; returns nodes after what they sit on. */
    private int[] dependenciesFirst() {
        int n = vmCount + s.ssiDomains().size();
        int[] color = new int[n];
        int[] stackPosition = new int[n];
        int[] order = new int[n];
        int ordered = 0;
        int[] stack = new int[n];
        int[][] next = new int[n][];
        int[] cursor = new int[n];
        Set<Integer> reported = new HashSet<>();
        for (int root = 0; root < n; root++) {
            if (color[root] != WHITE) {
                continue;
            }
            int top = 0;
            stack[0] = root;
            color[root] = GRAY;
            next[root] = successors(root);
            while (top >= 0) {
                int node = stack[top];
                stackPosition[node] = top;
                if (cursor[node] < next[node].length) {
                    int child = next[node][cursor[node]++];
                    if (color[child] == WHITE) {
                        color[child] = GRAY;
                        next[child] = successors(child);
                        stack[++top] = child;
                    } else if (color[child] == GRAY) {
                        reportCycle(Arrays.copyOfRange(stack, stackPosition[child], top + 1), reported);
                    }
                } else {
                    color[node] = BLACK;
                    next[node] = null;
                    order[ordered++] = node;
                    top--;
                }
            }
        }
        return order;
    }

    private void reportCycle(int[] cycle, Set<Integer> reported) {
        int ssi = Arrays.stream(cycle).filter(v -> v >= vmCount).min().orElse(cycle[0]);
        if (!reported.add(ssi)) {
            return;
        }
        int start = 0;
        while (cycle[start] != ssi) {
            start++;
        }
        StringBuilder text = new StringBuilder(Quote.of(id(ssi)));
        for (int k = 1; k <= cycle.length; k++) {
            int previous = cycle[(start + k - 1) % cycle.length];
            text.append(k == 1 ? " " : ", which ").append(previous < vmCount ? "runs on " : "spans ")
                    .append(Quote.of(id(cycle[(start + k) % cycle.length])));
        }
        c.add(JsonPaths.element(ElementKind.SSI_DOMAIN, ssi - vmCount) + "/members", "stacking cycle: "
                + text + "; a layer cannot run on itself");
    }

    private String id(int node) {
        return node < vmCount ? s.vms().get(node).id() : s.ssiDomains().get(node - vmCount).id();
    }

    /** Each SSI's members must run on machines in one connected part of the network. */
    private void connectivity(int[] order) {
        UnionFind network = network();
        int[] component = new int[order.length];
        Arrays.fill(component, UNKNOWN);
        for (int node : order) {
            if (node < vmCount) {
                component[node] = componentOf(s.vms().get(node).placedOn(), network, component);
                continue;
            }
            SsiDomain d = s.ssiDomains().get(node - vmCount);
            int common = UNKNOWN;
            String firstMember = null;
            for (String member : d.members()) {
                int comp = componentOf(member, network, component);
                if (comp == UNKNOWN) {
                    continue;
                }
                if (common == UNKNOWN) {
                    common = comp;
                    firstMember = member;
                } else if (comp != common) {
                    c.add(JsonPaths.element(ElementKind.SSI_DOMAIN, node - vmCount) + "/members", "members "
                            + Quote.of(firstMember) + " and " + Quote.of(member)
                            + " run on machines the network does not connect; link them through a switch");
                    common = UNKNOWN;
                    break;
                }
            }
            component[node] = common;
        }
    }

    private int componentOf(String id, UnionFind network, int[] component) {
        Index.Ref ref = index.get(id);
        if (ref == null) {
            return UNKNOWN;
        }
        return switch (ref.kind()) {
            case HOST -> network.find(nodeNumber(ref));
            case VM -> component[ref.index()];
            case SSI_DOMAIN -> component[vmCount + ref.index()];
            default -> UNKNOWN;
        };
    }

    // Network nodes numbered hosts, then switches, then storages.
    private int nodeNumber(Index.Ref ref) {
        return switch (ref.kind()) {
            case HOST -> ref.index();
            case SWITCH -> s.hosts().size() + ref.index();
            case STORAGE -> s.hosts().size() + s.switches().size() + ref.index();
            default -> UNKNOWN;
        };
    }

    private UnionFind network() {
        UnionFind uf = new UnionFind(s.hosts().size() + s.switches().size() + s.storages().size());
        for (Link l : s.links()) {
            Index.Ref a = index.get(l.from());
            Index.Ref b = index.get(l.to());
            if (a != null && b != null && nodeNumber(a) != UNKNOWN && nodeNumber(b) != UNKNOWN) {
                uf.union(nodeNumber(a), nodeNumber(b));
            }
        }
        return uf;
    }

    /** Disjoint sets with path halving and union by size. */
    private static final class UnionFind {
        private final int[] parent;
        private final int[] size;

        UnionFind(int n) {
            parent = new int[n];
            size = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
                size[i] = 1;
            }
        }

        int find(int x) {
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            int ra = find(a);
            int rb = find(b);
            if (ra == rb) {
                return;
            }
            if (size[ra] < size[rb]) {
                int t = ra;
                ra = rb;
                rb = t;
            }
            parent[rb] = ra;
            size[ra] += size[rb];
        }
    }
}
