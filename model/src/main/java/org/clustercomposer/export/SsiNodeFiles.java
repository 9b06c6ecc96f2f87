package org.clustercomposer.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.clustercomposer.scenario.Scenario;
import org.clustercomposer.scenario.SsiDomain;
import org.clustercomposer.scenario.SsiKind;
import org.clustercomposer.scenario.validation.Problem;

/**
 * The membership files of the SSI layers, one per domain of the kind, under {@code DOMAIN/etc/}:
 * Kerrighed's {@code kerrighed_nodes} ({@code session=}, {@code nbmin=}, one
 * {@code hostname:id:netdev} line a node) and MOSIX's {@code mosix/mosix.map} (one range a line:
 * first address and count). Members are named by their ids as host names, since a design has no
 * addresses; each MOSIX range is then one host. {@link #parseKerrighed} and {@link #parseMosix}
 * read them back.
 */
public final class SsiNodeFiles {

    /** The interface Kerrighed's nodes talk on, as the Kerrighed documentation's examples use. */
    public static final String NET_DEVICE = "eth0";
    public static final String KERRIGHED_FILE = "etc/kerrighed_nodes";
    public static final String MOSIX_FILE = "etc/mosix/mosix.map";

    private SsiNodeFiles() {
    }

    public static List<ExportedFile> kerrighed(Scenario scenario) throws ExportRefusedException {
        List<Problem> problems = new ArrayList<>();
        List<ExportedFile> files = new ArrayList<>();
        int session = 0;
        for (SsiDomain domain : domains(scenario, SsiKind.KERRIGHED, problems)) {
            session++;
            StringBuilder text = new StringBuilder();
            text.append("session=").append(session).append('\n');
            text.append("nbmin=").append(domain.members().size()).append('\n');
            int id = 0;
            for (String member : domain.members()) {
                text.append(member).append(':').append(++id).append(':').append(NET_DEVICE).append('\n');
            }
            files.add(new ExportedFile(domain.id() + "/" + KERRIGHED_FILE, text.toString()));
        }
        return done(files, problems, scenario, "Kerrighed");
    }

    public static List<ExportedFile> mosix(Scenario scenario) throws ExportRefusedException {
        List<Problem> problems = new ArrayList<>();
        List<ExportedFile> files = new ArrayList<>();
        for (SsiDomain domain : domains(scenario, SsiKind.MOSIX, problems)) {
            StringBuilder text = new StringBuilder("# MOSIX map of \"" + domain.id() + "\": first address, count\n");
            for (String member : domain.members()) {
                text.append(member).append(" 1\n");
            }
            files.add(new ExportedFile(domain.id() + "/" + MOSIX_FILE, text.toString()));
        }
        return done(files, problems, scenario, "MOSIX");
    }

    /** The nodes of a kerrighed_nodes file: host name to node id, in file order. */
    public static Map<String, Integer> parseKerrighed(String text) {
        Map<String, Integer> nodes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#") || l.startsWith("session=") || l.startsWith("nbmin=")) {
                continue;
            }
            String[] parts = l.split(":");
            if (parts.length != 3) {
                throw new IllegalArgumentException("not a hostname:id:netdev line: \"" + l + "\"");
            }
            nodes.put(parts[0], Integer.parseInt(parts[1]));
        }
        return nodes;
    }

    /** The ranges of a mosix.map: first address to count, in file order. */
    public static Map<String, Integer> parseMosix(String text) {
        Map<String, Integer> ranges = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] parts = l.split("\\s+");
            if (parts.length < 2) {
                throw new IllegalArgumentException("not an \"address count\" line: \"" + l + "\"");
            }
            ranges.put(parts[0], Integer.parseInt(parts[1]));
        }
        return ranges;
    }

    private static List<SsiDomain> domains(Scenario scenario, SsiKind kind, List<Problem> problems) {
        List<SsiDomain> domains = scenario.ssiDomains().stream().filter(d -> d.kind() == kind).toList();
        ExportTarget target = kind == SsiKind.KERRIGHED ? ExportTarget.KERRIGHED : ExportTarget.MOSIX;
        for (SsiDomain domain : domains) {
            ExportNames.check(scenario, domain, target, "a directory name", problems);
            for (String member : domain.members()) {
                scenario.element(member).ifPresent(e ->
                        ExportNames.check(scenario, e, target, "a host name in the node list", problems));
            }
        }
        return domains;
    }

    private static List<ExportedFile> done(List<ExportedFile> files, List<Problem> problems, Scenario scenario,
                                           String kind) throws ExportRefusedException {
        if (files.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem("/ssiDomains", "the scenario has no " + kind + " SSI domain to export"));
        }
        if (!problems.isEmpty()) {
            throw new ExportRefusedException(problems);
        }
        return files;
    }
}
