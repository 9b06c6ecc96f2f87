package org.clustercomposer.views.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.clustercomposer.scenario.Position;
import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.topology.Link;
import org.clustercomposer.topology.NetworkSwitch;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;

/**
 * Tree layers by breadth-first depth from the core switches: core on top, then aggregation and
 * top-of-rack switches, then hosts and storage. A node is drawn under the neighbour it was
 * reached from; many leaves under one parent wrap into rows so a rack of 40 hosts stays compact.
 * Core switches are the switches with the fewest hops to every other node (the graph centre
 * restricted to switches); each component without a switch is rooted at its busiest node.
 */
public final class LayeredTreeLayout {

    private final NodeSize size;
    private final double horizontalGap;
    private final double verticalGap;
    private final int leavesPerRow;

    public LayeredTreeLayout(NodeSize size, double horizontalGap, double verticalGap, int leavesPerRow) {
        if (horizontalGap < 0 || verticalGap < 0 || leavesPerRow < 1) {
            throw new IllegalArgumentException("gaps must be >= 0 and leavesPerRow >= 1");
        }
        this.size = size;
        this.horizontalGap = horizontalGap;
        this.verticalGap = verticalGap;
        this.leavesPerRow = leavesPerRow;
    }

    public LayeredTreeLayout(NodeSize size) {
        this(size, 24, 90, 8);
    }

    /** Top-left positions of every host, switch and storage of the scenario. */
    public Map<String, Position> layout(Scenario scenario) {
        Graph<String, Link> graph = scenario.network().graph();
        Map<String, List<String>> children = new HashMap<>();
        List<String> roots = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String root : rootsOf(scenario, graph)) {
            if (seen.add(root)) {
                roots.add(root);
                breadthFirst(graph, root, seen, children);
            }
        }
        List<String> isolated = new ArrayList<>();
        for (String v : sortedVertices(graph)) {
            if (graph.degreeOf(v) == 0 && !seen.contains(v)) {
                isolated.add(v);
            } else if (seen.add(v)) {
                roots.add(v);
                breadthFirst(graph, v, seen, children);
            }
        }
        Map<String, Position> positions = new LinkedHashMap<>();
        double x = 0;
        for (String root : roots) {
            x += place(root, x, 0, children, positions)[0] + horizontalGap * 2;
        }
        // Unconnected nodes wrap into rows beside the trees instead of one endless line.
        isolated.sort(NaturalOrder.INSTANCE);
        if (!isolated.isEmpty()) {
            placeLeafRows(isolated, x, 0, positions);
        }
        return positions;
    }

    private List<String> rootsOf(Scenario scenario, Graph<String, Link> graph) {
        // One breadth-first search per switch over the whole graph: on int indices, as 1,000 searches
        // over 11,000 nodes with maps and neighbour lists took seconds of a 10,000-host open.
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            index.put(vertices.get(i), i);
        }
        int[][] neighbours = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            neighbours[i] = Graphs.neighborListOf(graph, vertices.get(i)).stream().mapToInt(index::get).toArray();
        }
        int[] depth = new int[vertices.size()];
        int[] queue = new int[vertices.size()];
        Map<String, Integer> eccentricity = new HashMap<>();
        for (NetworkSwitch sw : scenario.switches()) {
            eccentricity.put(sw.id(), eccentricity(neighbours, index.get(sw.id()), depth, queue));
        }
        List<String> roots = new ArrayList<>(eccentricity.keySet());
        roots.sort(Comparator.comparing((String id) -> eccentricity.get(id)).thenComparing(NaturalOrder.INSTANCE));
        return roots;
    }

    /** The most hops from one node to any it reaches (depth and queue are scratch space). */
    private static int eccentricity(int[][] neighbours, int from, int[] depth, int[] queue) {
        Arrays.fill(depth, -1);
        depth[from] = 0;
        queue[0] = from;
        int head = 0;
        int tail = 1;
        int max = 0;
        while (head < tail) {
            int v = queue[head++];
            max = Math.max(max, depth[v]);
            for (int n : neighbours[v]) {
                if (depth[n] < 0) {
                    depth[n] = depth[v] + 1;
                    queue[tail++] = n;
                }
            }
        }
        return max;
    }

    private static void breadthFirst(Graph<String, Link> graph, String root, Set<String> seen,
                                     Map<String, List<String>> children) {
        Deque<String> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            String v = queue.poll();
            List<String> next = new ArrayList<>(new LinkedHashSet<>(Graphs.neighborListOf(graph, v)));
            next.sort(NaturalOrder.INSTANCE);
            for (String n : next) {
                if (seen.add(n)) {
                    children.computeIfAbsent(v, k -> new ArrayList<>()).add(n);
                    queue.add(n);
                }
            }
        }
    }

    private static List<String> sortedVertices(Graph<String, Link> graph) {
        List<String> all = new ArrayList<>(graph.vertexSet());
        // Busiest first so an isolated group is rooted at its hub.
        all.sort(Comparator.comparing((String v) -> -graph.degreeOf(v)).thenComparing(NaturalOrder.INSTANCE));
        return all;
    }

    /** Places a subtree with its top-left corner at (x, y); returns its width and height. */
    private double[] place(String node, double x, double y, Map<String, List<String>> children,
                           Map<String, Position> positions) {
        List<String> kids = children.getOrDefault(node, List.of());
        double below = y + size.height(node) + verticalGap;
        double[] block;
        if (kids.isEmpty()) {
            block = new double[] {0, 0};
        } else if (kids.stream().noneMatch(children::containsKey) && kids.size() > leavesPerRow) {
            block = placeLeafRows(kids, x, below, positions);
        } else {
            block = placeSubtreeRows(kids, x, below, children, positions);
        }
        double width = Math.max(size.width(node), block[0]);
        positions.put(node, new Position(x + (width - size.width(node)) / 2, y));
        return new double[] {width, size.height(node) + (kids.isEmpty() ? 0 : verticalGap + block[1])};
    }

    /**
     * Subtrees side by side; many of them (racks under a core switch) wrap into rows so the
     * drawing stays near the shape of a screen instead of one very long band.
     */
    private double[] placeSubtreeRows(List<String> kids, double x, double y, Map<String, List<String>> children,
                                     Map<String, Position> positions) {
        int perRow = kids.size() > leavesPerRow ? (int) Math.ceil(Math.sqrt(kids.size() * 2.0)) : kids.size();
        double width = 0;
        double rowY = y;
        for (int start = 0; start < kids.size(); start += perRow) {
            double cursor = x;
            double rowHeight = 0;
            for (String kid : kids.subList(start, Math.min(kids.size(), start + perRow))) {
                double[] placed = place(kid, cursor, rowY, children, positions);
                cursor += placed[0] + horizontalGap;
                rowHeight = Math.max(rowHeight, placed[1]);
            }
            width = Math.max(width, cursor - x - horizontalGap);
            rowY += rowHeight + verticalGap;
        }
        return new double[] {width, rowY - verticalGap - y};
    }

    private double[] placeLeafRows(List<String> leaves, double x, double y, Map<String, Position> positions) {
        double cellWidth = leaves.stream().mapToDouble(size::width).max().orElse(0) + horizontalGap;
        double rowY = y;
        for (int start = 0; start < leaves.size(); start += leavesPerRow) {
            List<String> row = leaves.subList(start, Math.min(leaves.size(), start + leavesPerRow));
            double rowHeight = 0;
            for (int i = 0; i < row.size(); i++) {
                positions.put(row.get(i), new Position(x + i * cellWidth, rowY));
                rowHeight = Math.max(rowHeight, size.height(row.get(i)));
            }
            rowY += rowHeight + horizontalGap;
        }
        return new double[] {leavesPerRow * cellWidth - horizontalGap, rowY - horizontalGap - y};
    }

    /** "host-2" before "host-10". */
    enum NaturalOrder implements Comparator<String> {
        INSTANCE;

        @Override
        public int compare(String a, String b) {
            int da = digitsStart(a);
            int db = digitsStart(b);
            if (da < a.length() && db < b.length() && a.regionMatches(0, b, 0, Math.max(da, db)) && da == db
                    && a.length() - da < 18 && b.length() - db < 18) {
                int c = Long.compare(Long.parseLong(a.substring(da)), Long.parseLong(b.substring(db)));
                if (c != 0) {
                    return c;
                }
            }
            return a.compareTo(b);
        }

        private static int digitsStart(String s) {
            int i = s.length();
            while (i > 0 && Character.isDigit(s.charAt(i - 1))) {
                i--;
            }
            return i;
        }
    }
}
